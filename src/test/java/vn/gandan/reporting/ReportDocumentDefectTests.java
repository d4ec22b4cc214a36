package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.org.UnitService;

/** Defect 10: the report .docx names its recipient as written, keeps sub-heading numbers, prints empty figures empty. */
@SpringBootTest
@ActiveProfiles("test")
class ReportDocumentDefectTests {

    @Autowired
    ReportDocument documents;
    @Autowired
    ReportQueries reports;
    @Autowired
    UnitService units;

    @Test
    @org.springframework.security.test.context.support.WithMockUser("admin")
    void theReportDocumentKeepsTheRecipientsCaseHeadingNumbersAndEmptyFigures_defect10() {
        long school = units.findByCode("TH-PS").orElseThrow().id();
        String phong = units.findByCode("PGDDT-PG").orElseThrow().name();
        OfficialDocument doc = documents.document(school, "DVCQ", "2020");
        assertThat(doc.recipients()).contains(phong + " (để báo cáo)");
        var figures = doc.blocks().stream().map(OfficialDocument.Block::text).filter(t -> t.startsWith("- ")).toList();
        assertThat(figures).isNotEmpty().noneMatch(t -> t.matches(".*: 0( .*)?\\.$"))
                .anyMatch(t -> t.endsWith(":"));
        FormView form = reports.form("DVCQ");
        form.sections().stream().filter(s -> s.label().matches("^[IVX]+\\.\\d+\\..*")).forEach(s -> assertThat(doc.blocks())
                .anySatisfy(b -> assertThat(b.label()).isEqualTo(s.label().replaceFirst("^[IVX]+\\.(\\d+)\\..*$", "$1."))));
    }
}
