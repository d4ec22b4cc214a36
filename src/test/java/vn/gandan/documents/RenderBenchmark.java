package vn.gandan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Median of 50 renders of the state sample plan to .docx and .pdf (after 5 warm-up renders). Run with -Pbench. */
@Tag("bench")
class RenderBenchmark {

    @Test
    void medianOfFiftyRenders() {
        var doc = SampleDocuments.state();
        var docx = new DocxRenderer();
        var pdf = new PdfRenderer();
        System.out.printf("docx median %.1f ms, pdf median %.1f ms%n", median(() -> docx.render(doc)), median(() -> pdf.render(doc)));
    }

    private static double median(java.util.function.Supplier<byte[]> r) {
        for (int i = 0; i < 5; i++) r.get();
        double[] ms = new double[50];
        for (int i = 0; i < 50; i++) {
            long t = System.nanoTime();
            assertThat(r.get()).isNotEmpty();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return (ms[24] + ms[25]) / 2;
    }
}
