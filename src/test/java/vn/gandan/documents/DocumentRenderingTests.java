package vn.gandan.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.gandan.org.UnitKind;

class DocumentRenderingTests {

    final PdfRenderer pdf = new PdfRenderer();
    final DocxRenderer docx = new DocxRenderer();

    @Test
    void layoutIsChosenFromTheIssuerKind() {
        assertThat(Layout.forIssuer(UnitKind.BAN_TUYEN_GIAO_DAN_VAN)).isEqualTo(Layout.PARTY);
        assertThat(Layout.forIssuer(UnitKind.CHI_BO)).isEqualTo(Layout.PARTY);
        assertThat(Layout.forIssuer(UnitKind.PHONG_GDDT)).isEqualTo(Layout.ND30);
        assertThat(Layout.forIssuer(UnitKind.TRUONG)).isEqualTo(Layout.ND30);
    }

    @Test
    void dateLineHasLeadingZerosForDaysBelowTenAndJanuaryFebruary() {
        assertThat(OfficialDocument.dateLine("Phú Giáo", LocalDate.of(2026, 2, 5))).isEqualTo("Phú Giáo, ngày 05 tháng 02 năm 2026");
        assertThat(OfficialDocument.dateLine("Phú Giáo", LocalDate.of(2026, 11, 20))).isEqualTo("Phú Giáo, ngày 20 tháng 11 năm 2026");
        assertThat(OfficialDocument.dateLine("Phú Giáo", LocalDate.of(2026, 3, 9))).isEqualTo("Phú Giáo, ngày 09 tháng 3 năm 2026");
    }

    @Test
    void stateNumberHasAColonPartyNumberHasNone() {
        assertThat(SampleDocuments.state().numberLine()).isEqualTo("Số: 12/KH-PGDĐT");
        assertThat(SampleDocuments.party().numberLine()).isEqualTo("Số 05-KH/BTGDVTU");
    }

    @Test
    void letterSubjectIsVvForStateAndVeViecForParty() {
        var s = SampleDocuments.state();
        var letter = new OfficialDocument(Layout.ND30, s.issuers(), "15/PGDĐT-CM", s.place(), s.date(), null,
                "triển khai Kế hoạch dân vận", s.blocks(), List.of(), s.signatures(), s.recipients());
        assertThat(letter.isLetter()).isTrue();
        assertThat(letter.letterSubjectLine()).isEqualTo("V/v triển khai Kế hoạch dân vận");
        var p = SampleDocuments.party();
        var partyLetter = new OfficialDocument(Layout.PARTY, p.issuers(), "07-CV/ĐU", p.place(), p.date(), null,
                "tổ chức hội nghị", p.blocks(), List.of(), p.signatures(), p.recipients());
        assertThat(partyLetter.letterSubjectLine()).isEqualTo("về việc tổ chức hội nghị");
    }

    @Test
    void missingElementsAreListedBeforeIssuing() {
        var s = SampleDocuments.state();
        var draft = new OfficialDocument(Layout.ND30, s.issuers(), null, s.place(), null, s.kindName(), " ",
                s.blocks(), List.of(), List.of(), List.of());
        assertThat(draft.missingElements()).containsExactly("number", "date", "subject", "signature", "recipients");
        assertThat(s.missingElements()).isEmpty();
    }

    @Test
    void pdfEmbedsLiberationSerifAndNoBuiltInFont() throws Exception {
        for (OfficialDocument d : List.of(SampleDocuments.state(), SampleDocuments.party(), SampleDocuments.joint())) {
            byte[] bytes = pdf.render(d);
            try (PDDocument pd = Loader.loadPDF(bytes)) {
                for (var page : pd.getPages()) {
                    for (var name : page.getResources().getFontNames()) {
                        PDFont f = page.getResources().getFont(name);
                        assertThat(f.getName()).contains("LiberationSerif");
                        assertThat(f.isEmbedded()).isTrue();
                    }
                }
                String text = new PDFTextStripper().getText(pd);
                assertThat(text).contains(d.numberLine()).contains(d.dateLine()).contains("Nơi nhận:");
                if (d.layout() == Layout.PARTY) assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM").doesNotContain("CỘNG HÒA");
                else assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc");
                for (var sig : d.signatures()) assertThat(text).contains(sig.name());
            }
            Path out = Path.of("target", "documents");
            Files.createDirectories(out);
            Files.write(out.resolve(d.layout() + "-" + d.signatures().size() + ".pdf"), bytes);
        }
    }

    @Test
    void docxUsesTimesNewRomanA4AndTheLayoutMargins() throws Exception {
        for (OfficialDocument d : List.of(SampleDocuments.state(), SampleDocuments.party(), SampleDocuments.joint())) {
            byte[] bytes = docx.render(d);
            try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                var sect = x.getDocument().getBody().getSectPr();
                assertThat(sect.getPgSz().getW().toString()).isEqualTo("11906");
                assertThat(((java.math.BigInteger) sect.getPgMar().getLeft()).intValue()).isBetween(30 * 56, 30 * 57);
                assertThat(sect.isSetTitlePg()).as("no page number on page 1").isTrue();
                String text = new XWPFWordExtractor(x).getText();
                assertThat(text).contains(d.numberLine()).contains(d.dateLine()).contains(d.subject());
                x.getParagraphs().stream().flatMap(p -> p.getRuns().stream())
                        .forEach(r -> assertThat(r.getFontFamily()).isEqualTo("Times New Roman"));
            }
        }
    }
}
