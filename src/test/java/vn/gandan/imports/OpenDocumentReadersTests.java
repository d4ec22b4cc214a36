package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** .odt (OpenDocument text) and .rtf are recognised from their content, read to text and extracted like Word files. */
class OpenDocumentReadersTests {

    static final List<String> PLAN = List.of(
            "Số: 12/KH-SGDĐT", "Đồng Nai, ngày 08 tháng 01 năm 2024", "KẾ HOẠCH",
            "Thực hiện công tác dân vận chính quyền năm 2024",
            "Căn cứ Kế hoạch số 100/KH-UBND ngày 02/01/2024 của UBND tỉnh về công tác dân vận chính quyền năm 2024;",
            "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG", "1. Nâng cao nhận thức về công tác dân vận.",
            "a) Tổ chức hội nghị.", "III. TỔ CHỨC THỰC HIỆN", "Báo cáo năm trước ngày 15/11 về Sở./.",
            "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Thị Bình");

    private static void assertPlan(Map<String, Object> d) {
        assertThat(d.get("doc_kind")).isEqualTo("KE_HOACH");
        assertThat(d.get("number")).isEqualTo(12);
        assertThat(d.get("symbol")).isEqualTo("KH-SGDĐT");
        assertThat(d.get("issue_place")).isEqualTo("Đồng Nai");
        assertThat(d.get("title")).isEqualTo("Thực hiện công tác dân vận chính quyền năm 2024");
        assertThat(d.get("sections").toString()).isEqualTo("[MỤC ĐÍCH, YÊU CẦU, NỘI DUNG, TỔ CHỨC THỰC HIỆN]");
        assertThat(d.get("signers").toString()).contains("Trần Thị Bình").contains("KT. GIÁM ĐỐC");
    }

    /** A minimal OpenDocument text: the stored "mimetype" entry first, then content.xml. */
    static byte[] odt(String contentXml) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(contentXml.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static byte[] planOdt() throws IOException {
        StringBuilder body = new StringBuilder();
        for (String line : PLAN) {
            String tag = line.equals("KẾ HOẠCH") ? "h" : "p";
            body.append("<text:").append(tag).append(">").append(line.replace("&", "&amp;")).append("</text:").append(tag).append(">");
        }
        return odt("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
                + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + body + "</office:text></office:body></office:document-content>");
    }

    @Test
    void odtIsRecognisedFromItsMimetypeEntryAndExtracted() throws IOException {
        byte[] odt = planOdt();
        assertThat(Readers.type(odt)).isEqualTo("ODT");
        assertPlan(Extracted.asMap("plan.odt", Readers.read(odt)));
    }

    @Test
    void odtSpacesTabsAndLineBreaksBecomeText() throws IOException {
        String xml = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>"
                + "<text:p>SỞ GD<text:s text:c=\"2\"/>ĐT<text:tab/>Số: 1/KH<text:line-break/>Kế hoạch</text:p>"
                + "</office:text></office:body></office:document-content>";
        assertThat(Readers.read(odt(xml))).isEqualTo("SỞ GD  ĐT\tSố: 1/KH\nKế hoạch\n");
    }

    @Test
    void odtWhoseContentInflatesAbnormallyIsRefused() throws IOException {
        String xml = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><!--"
                + " ".repeat(30 * 1024 * 1024) + "--></office:document-content>";
        byte[] bomb = odt(xml);
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> Readers.read(bomb))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.status).isEqualTo(422));
    }

    @Test
    void zipThatIsNeitherWordNorOpenDocumentIsRefusedWith415() throws IOException {
        byte[] odtWithoutContent = odt("<x/>").clone();
        // an OpenDocument archive without text elements reads as blank: 422; a broken archive: 415
        assertThatThrownBy(() -> Readers.read(odtWithoutContent))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.status).isEqualTo(422));
        byte[] broken = planOdt();
        java.util.Arrays.fill(broken, 100, broken.length, (byte) 0);
        assertThatThrownBy(() -> Readers.read(broken))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.status).isEqualTo(415));
    }

    @Test
    void rtfWithUnicodeEscapesAndCodePage1258IsRead() {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\uc1 ");
        for (String line : PLAN) {
            for (char c : line.toCharArray()) {
                if (c < 128) {
                    rtf.append(c == '\\' || c == '{' || c == '}' ? "\\" + c : String.valueOf(c));
                } else {
                    rtf.append("\\u").append((int) c).append('?');
                }
            }
            rtf.append("\\par\n");
        }
        rtf.append('}');
        byte[] bytes = rtf.toString().getBytes(StandardCharsets.US_ASCII);
        assertThat(Readers.type(bytes)).isEqualTo("RTF");
        assertPlan(Extracted.asMap("plan.rtf", Readers.read(bytes)));
    }
}
