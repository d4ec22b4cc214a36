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
 * A page's HTML written to the response as bytes, once. Thymeleaf's own view renders the whole page into a string
 * first ({@code spring.thymeleaf.servlet.produce-partial-output-while-processing=false}: a new 1,024-character buffer
 * doubled until the page fits, then copied into a string) and writes it through the response's {@code Writer}: Spring
 * Security's response wrapper encoded the whole page to count its bytes, Tomcat encoded it again through its 8 KB
 * character buffer (the JDK's slow UTF-8 loop for Vietnamese text) and sent it in chunks of its 8 KB byte buffer
 * ({@code Transfer-Encoding: chunked}, one socket write per chunk). Here the template engine writes into a buffer the
 * request thread keeps from page to page (no growth, no new buffer per page); when the view returns, the text is
 * encoded with one {@link String#getBytes(Charset)} in the response's charset and written to the response's byte
 * stream, whose buffer is made large enough to hold it while nothing has been written yet — so the container sends
 * the page with a {@code Content-Length} in one write at the end of the request. Nothing reaches the response if the
 * template fails (as before: the error page is rendered on a clean response). The bytes of the body are exactly those
 * the writer produced (the same charset; an unmappable character becomes {@code ?} either way); a response whose
 * writer was already taken keeps the writer.
 */
public class PageBytesView extends ThymeleafView {

    /** The buffers of the request threads, kept between pages; one above this many characters is not kept. */
    static final int KEPT_CAPACITY = 1 << 20;
    private static final ThreadLocal<StringBuilder> BUFFERS = new ThreadLocal<>();

    @Override
    public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response) throws Exception {
        StringBuilder buffer = BUFFERS.get();
        BUFFERS.remove(); // a view rendered inside this one (none today) would take a buffer of its own
        if (buffer == null) {
            buffer = new StringBuilder(16 * 1024);
        }
        try {
            PageText page = new PageText(response, buffer);
            super.render(model, request, page);
            page.send();
        } finally {
            buffer.setLength(0);
            if (buffer.capacity() <= KEPT_CAPACITY) {
                BUFFERS.set(buffer);
            }
        }
    }

    /** The text goes to {@link PageText}'s buffer as it is rendered: the buffer is the whole page's. */
    @Override
    public boolean getProducePartialOutputWhileProcessing() {
        return true;
    }

    /** The response as the view sees it: its writer keeps the text; everything else is the response's. */
    static final class PageText extends HttpServletResponseWrapper {

        private final StringBuilder kept;
        private PrintWriter writer;

        PageText(HttpServletResponse response, StringBuilder buffer) {
            super(response);
            this.kept = buffer;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new KeptWriter(kept);
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
            kept.setLength(0);
            super.resetBuffer();
        }

        @Override
        public void reset() {
            kept.setLength(0);
            super.reset();
        }

        /** Writes the kept text to the response as bytes in its charset (once; later text is written by a next call). */
        void send() throws IOException {
            if (kept.length() == 0) {
                return;
            }
            String text = kept.toString();
            kept.setLength(0);
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

    /**
     * The view's writer: appends to the page's buffer without {@link PrintWriter}'s lock per call (the template engine
     * writes a page in thousands of small pieces, as it did into its own unsynchronised buffer); flushing and closing
     * keep the text until the view returns.
     */
    static final class KeptWriter extends PrintWriter {

        private final StringBuilder kept;

        KeptWriter(StringBuilder kept) {
            super(Writer.nullWriter(), false);
            this.kept = kept;
        }

        @Override
        public void write(int c) {
            kept.append((char) c);
        }

        @Override
        public void write(char[] buf, int off, int len) {
            kept.append(buf, off, len);
        }

        @Override
        public void write(char[] buf) {
            kept.append(buf);
        }

        @Override
        public void write(String s, int off, int len) {
            kept.append(s, off, off + len);
        }

        @Override
        public void write(String s) {
            kept.append(s);
        }

        @Override
        public PrintWriter append(CharSequence csq) {
            kept.append(csq);
            return this;
        }

        @Override
        public PrintWriter append(CharSequence csq, int start, int end) {
            kept.append(csq == null ? "null" : csq, start, end);
            return this;
        }

        @Override
        public PrintWriter append(char c) {
            kept.append(c);
            return this;
        }

        @Override
        public void println() {
            kept.append(System.lineSeparator());
        }

        @Override
        public void flush() {
            // kept until the view returns: the response is sent whole
        }

        @Override
        public void close() {
            // the response's stream stays open for the container
        }

        @Override
        public boolean checkError() {
            return false;
        }
    }
}
