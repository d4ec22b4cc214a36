package vn.gandan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Issue 14, item 5: a read remembered for the rest of a GET request, never across requests nor in a write. */
class GetRequestMemoTest {

    private final AtomicInteger reads = new AtomicInteger();

    private String load(long id) {
        reads.incrementAndGet();
        return id == 0 ? null : "unit " + id;
    }

    private static void request(String method) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest(method, "/x")));
    }

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aGetRequestReadsEachKeyOnceNullAnswersIncluded() {
        request("GET");
        assertThat(GetRequestMemo.get("t", 1L, this::load)).isEqualTo("unit 1");
        assertThat(GetRequestMemo.get("t", 1L, this::load)).isEqualTo("unit 1");
        assertThat(GetRequestMemo.get("t", 0L, this::load)).isNull();
        assertThat(GetRequestMemo.get("t", 0L, this::load)).isNull();
        assertThat(GetRequestMemo.get("other", 1L, this::load)).isEqualTo("unit 1");
        assertThat(reads).hasValue(3);
    }

    @Test
    void theNextRequestReadsAgain() {
        request("GET");
        GetRequestMemo.get("t", 1L, this::load);
        request("GET");
        GetRequestMemo.get("t", 1L, this::load);
        assertThat(reads).hasValue(2);
    }

    @Test
    void writesAndCallsOutsideARequestAlwaysRead() {
        request("POST");
        GetRequestMemo.get("t", 1L, this::load);
        GetRequestMemo.get("t", 1L, this::load);
        RequestContextHolder.resetRequestAttributes();
        GetRequestMemo.get("t", 1L, this::load);
        GetRequestMemo.get("t", 1L, this::load);
        assertThat(reads).hasValue(4);
    }
}
