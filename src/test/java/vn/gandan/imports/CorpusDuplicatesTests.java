package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No document is stored twice in the corpus — in two shapes, under two names, by two collectors. A document in two parts
 * would be scored as "never seen" on one side after being read on the other (session 23: two collectors working at the same
 * time each stored five documents of one repository, two of them across dev and held-out). Texts are compared by sampled
 * 8-word shingles that exactly two texts share (a shingle three or more texts share is a site's chrome, not a document);
 * two texts sharing more than half of the smaller one's sampled shingles are the same document.
 */
class CorpusDuplicatesTests {

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final int SHINGLE = 8;
    private static final int SAMPLE = 8;

    static Set<Long> shingles(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        Set<Long> out = new HashSet<>();
        for (int i = 0; i + SHINGLE <= words.size(); i++) {
            long h = String.join(" ", words.subList(i, i + SHINGLE)).hashCode() & 0xffffffffL;
            if (h % SAMPLE == 0) {
                out.add(h);
            }
        }
        return out;
    }

    /** Pairs "a ~ b (shared of smaller)" whose shingles shared by exactly the two of them exceed half the smaller text's. */
    static List<String> sameDocuments(Map<String, Set<Long>> texts) {
        List<String> names = new ArrayList<>(texts.keySet());
        Map<Long, List<Integer>> holders = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            for (long h : texts.get(names.get(k))) {
                holders.computeIfAbsent(h, x -> new ArrayList<>()).add(k);
            }
        }
        Map<Long, Integer> shared = new HashMap<>();
        for (List<Integer> ks : holders.values()) {
            if (ks.size() == 2) {
                shared.merge(((long) ks.get(0) << 32) | ks.get(1), 1, Integer::sum);
            }
        }
        List<String> out = new ArrayList<>();
        shared.forEach((pair, n) -> {
            String a = names.get((int) (pair >>> 32));
            String b = names.get((int) (pair & 0xffffffffL));
            int smaller = Math.min(texts.get(a).size(), texts.get(b).size());
            if (smaller >= 5 && n * 2 > smaller) {
                out.add(a + " ~ " + b + " (" + n + " of " + smaller + ")");
            }
        });
        return out;
    }

    @Test
    void noDocumentIsStoredTwiceAnywhereInTheCorpus() throws IOException {
        Map<String, Set<Long>> texts = new HashMap<>();
        try (Stream<Path> files = Files.walk(CorpusScore.CORPUS, 2)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                texts.put(CorpusScore.CORPUS.relativize(p).toString(), shingles(Files.readString(p, StandardCharsets.UTF_8)));
            }
        }
        assertThat(texts).hasSizeGreaterThan(700);
        assertThat(sameDocuments(texts)).isEmpty();
    }

    @Test
    void theSameDocumentInTwoShapesIsFoundButTwoDocumentsOfOneSiteAreNot() {
        String body = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã xây dựng kế hoạch tiếp công dân, tiếp nhận và xử lý đơn thư "
                + "khiếu nại, tố cáo, kiến nghị, phản ánh của công dân trong thời gian diễn ra bầu cử đại biểu Quốc hội và đại biểu "
                + "Hội đồng nhân dân các cấp, bảo đảm đúng quy định của pháp luật, kịp thời, khách quan, công khai và minh bạch. ";
        String other = "Hội nghị viên chức của nhà trường được tổ chức vào đầu năm học để đánh giá việc thực hiện nghị quyết năm "
                + "trước, thảo luận kế hoạch năm học mới, bầu ban thanh tra nhân dân và ký giao ước thi đua giữa các tổ chuyên môn. ";
        String chrome = "Trang chủ Giới thiệu Tin tức Văn bản Liên hệ Bản quyền thuộc về cổng thông tin điện tử của đơn vị năm học ";
        Map<String, Set<Long>> texts = new HashMap<>();
        texts.put("web", shingles(chrome + body.repeat(3)));
        texts.put("banner", shingles("==== ke-hoach.docx ====\n" + body.repeat(3).replace(", ", ",\n")));
        texts.put("site1", shingles(chrome.repeat(4) + other));
        texts.put("site2", shingles(chrome.repeat(4) + "Báo cáo tổng kết công tác dân vận năm học của chi bộ nhà trường, nêu kết quả "
                + "phong trào thi đua Dân vận khéo, những tồn tại, hạn chế và phương hướng, nhiệm vụ của năm học tới."));
        texts.put("site3", shingles(chrome.repeat(4) + "Kế hoạch phòng chống dịch bệnh trong trường học năm 2020."));
        assertThat(sameDocuments(texts)).singleElement().asString().contains("web").contains("banner");
    }
}
