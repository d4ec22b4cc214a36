package vn.gandan.web;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.Map;
import org.thymeleaf.spring6.view.ThymeleafView;

/**
 * A page's HTML written to the response as bytes, once. Thymeleaf renders the whole page into a string first
 * ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}) and then wrote it through the
 * response's {@code Writer}: Spring Security's response wrapper encoded the whole page to count its bytes, Tomcat
 * encoded it again through its 8 KB character buffer (the JDK's slow UTF-8 loop for Vietnamese text) and sent it in
 * chunks of its 8 KB byte buffer ({@code Transfer-Encoding: chunked}, one socket write per chunk). Here the view's text
 * is kept until the view returns, encoded with one {@link String#getBytes(Charset)} in the response's charset and
 * written to the response's byte stream, whose buffer is made large enough to hold it while nothing has been written
 * yet — so the container sends the page with a {@code Content-Length} in one write at the end of the request. The
 * bytes of the body are exactly those the writer produced (the same charset; an unmappable character becomes
 * {@code ?} either way); a response already written to (or a writer already taken) keeps the old path.
 */
public class PageBytesView extends ThymeleafView {

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        PageText page = new PageText(response);
        super.render(model, request, page);
        page.send();
    }

    /** The response as the view sees it: its writer keeps the text; everything else is the response's. */
    static final class PageText extends HttpServletResponseWrapper {

        private final Kept kept = new Kept();
        private PrintWriter writer;

        PageText(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(kept, false);
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            send(); // anything written as text comes first, as it would have through the response's own writer
            return super.getOutputStream();
        }

        @Override
        public void flushBuffer() throws IOException {
            send();
            super.flushBuffer();
        }

        @Override
        public void resetBuffer() {
            kept.clear();
            super.resetBuffer();
        }

        @Override
        public void reset() {
            kept.clear();
            super.reset();
        }

        /** Writes the kept text to the response as bytes in its charset (once; later text is written by a next call). */
        void send() throws IOException {
            String text = kept.take();
            if (text == null || text.isEmpty()) {
                return;
            }
            HttpServletResponse response = (HttpServletResponse) getResponse();
            byte[] bytes = text.getBytes(Charset.forName(response.getCharacterEncoding()));
            ServletOutputStream out;
            try {
                out = response.getOutputStream();
            } catch (IllegalStateException writerTaken) {
                response.getWriter().write(text); // another writer came first: keep its way
                return;
            }
            if (!response.isCommitted() && response.getBufferSize() <= bytes.length) {
                try {
                    response.setBufferSize(bytes.length + 1); // the whole page in one buffer: Content-Length, one write
                } catch (IllegalStateException alreadyWritten) {
                    // bytes already in the buffer: the container sends them as before (chunked)
                }
            }
            out.write(bytes);
        }
    }

    /** The text written to the view's writer: a single string (Thymeleaf writes the page at once) kept as it is. */
    static final class Kept extends Writer {

        private String single;
        private StringBuilder many;

        @Override
        public void write(String str, int off, int len) {
            if (len == 0) {
                return;
            }
            if (single == null && many == null && off == 0 && len == str.length()) {
                single = str;
                return;
            }
            builder().append(str, off, off + len);
        }

        @Override
        public void write(char[] cbuf, int off, int len) {
            if (len > 0) {
                builder().append(cbuf, off, len);
            }
        }

        private StringBuilder builder() {
            if (many == null) {
                many = new StringBuilder(single == null ? 1024 : single.length() + 1024);
                if (single != null) {
                    many.append(single);
                    single = null;
                }
            }
            return many;
        }

        String take() {
            String text = single != null ? single : many != null ? many.toString() : null;
            clear();
            return text;
        }

        void clear() {
            single = null;
            many = null;
        }

        @Override
        public void flush() {
            // kept until the view returns: the response is sent whole
        }

        @Override
        public void close() {
            // the response's stream stays open for the container
        }
    }
}
