package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;

/** {@link PageBytesView}: the page's text reaches the response as the same bytes, once, whole. */
class PageBytesViewTests {

    private static final String PAGE = "<!DOCTYPE html><html lang=\"vi\"><body><h1>Kế hoạch tuyên truyền</h1>"
            + "<p>Đồng chí Trưởng phòng — báo cáo định kỳ 6 tháng</p></body></html>";

    private static MockHttpServletResponse utf8() {
        MockHttpServletResponse res = new MockHttpServletResponse();
        res.setContentType("text/html;charset=UTF-8");
        return res;
    }

    @Test
    void theViewsTextReachesTheResponseAsItsCharsetsBytes() throws Exception {
        MockHttpServletResponse res = utf8();
        PageBytesView.PageText page = new PageBytesView.PageText(res, new StringBuilder());
        PrintWriter writer = page.getWriter();
        writer.write(PAGE);
        writer.flush();
        assertThat(res.getContentAsByteArray()).isEmpty(); // kept until the view returns
        page.send();
        assertThat(res.getContentAsByteArray()).isEqualTo(PAGE.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aPageLargerThanTheBufferGetsABufferThatHoldsItWhole() throws Exception {
        MockHttpServletResponse res = utf8();
        res.setBufferSize(8192);
        String large = PAGE.repeat(200);
        PageBytesView.PageText page = new PageBytesView.PageText(res, new StringBuilder());
        page.getWriter().write(large);
        page.send();
        byte[] bytes = large.getBytes(StandardCharsets.UTF_8);
        assertThat(res.getBufferSize()).isGreaterThan(bytes.length);
        assertThat(res.isCommitted()).isFalse();
        assertThat(res.getContentAsByteArray()).isEqualTo(bytes);
    }

    @Test
    void textInPiecesAndThenBytesKeepTheirOrder() throws Exception {
        MockHttpServletResponse res = utf8();
        PageBytesView.PageText page = new PageBytesView.PageText(res, new StringBuilder());
        PrintWriter writer = page.getWriter();
        writer.write("<p>Xã ");
        writer.write('Đ');
        writer.write("ông Hòa</p>".toCharArray());
        page.getOutputStream().write("<!-- sau -->".getBytes(StandardCharsets.UTF_8));
        writer.println("<p>cuối</p>");
        page.send();
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>Xã Đông Hòa</p><!-- sau --><p>cuối</p>"
                + System.lineSeparator());
    }

    @Test
    void anotherCharsetGivesThatCharsetsBytes() throws Exception {
        MockHttpServletResponse res = new MockHttpServletResponse();
        res.setContentType("text/html;charset=ISO-8859-1");
        PageBytesView.PageText page = new PageBytesView.PageText(res, new StringBuilder());
        page.getWriter().write("café Đ");
        page.send();
        assertThat(res.getContentAsByteArray()).isEqualTo("café Đ".getBytes(StandardCharsets.ISO_8859_1)); // Đ → '?'
    }

    @Test
    void aResetBufferDropsTheKeptText() throws Exception {
        MockHttpServletResponse res = utf8();
        PageBytesView.PageText page = new PageBytesView.PageText(res, new StringBuilder());
        page.getWriter().write("<p>bỏ</p>");
        page.resetBuffer();
        page.getWriter().write("<p>giữ</p>");
        page.send();
        assertThat(res.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<p>giữ</p>");
    }
}
