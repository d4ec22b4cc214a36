package vn.gandan.legal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.gandan.platform.DemoMode;

/**
 * Demo data: the documents cited by the five seed plans ({@code legal/demo-documents.tsv}). Idempotent. Runs before the
 * demo plans ({@code @Order(40)}): a plan's citations are linked to the register when the plan is stored, so the register
 * must hold them first (at the same order the two ran in class-scan order, and the links depended on the checkout's path).
 */
@Component
@Order(35)
class DemoLegalDocuments implements ApplicationRunner {

    static final String RESOURCE = "legal/demo-documents.tsv";

    private final DemoMode demo;
    private final LegalService legal;

    DemoLegalDocuments(DemoMode demo, LegalService legal) {
        this.demo = demo;
        this.legal = legal;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo.enabled()) {
            return;
        }
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                legal.register(new Citation(f[0], f[1], f[2].isEmpty() ? null : LocalDate.parse(f[2]),
                        f[3], f[4]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
