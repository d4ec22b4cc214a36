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

    /** Session 16: a read of many keys sees what single reads kept and keeps what it adds, in GET requests only. */
    @Test
    void theMemoMapIsSharedWithSingleReadsInAGetRequestAndAbsentInAWrite() {
        request("GET");
        GetRequestMemo.get("t", 1L, this::load);
        java.util.Map<Long, String> memo = GetRequestMemo.map("t");
        assertThat(memo).containsEntry(1L, "unit 1");
        memo.put(2L, "unit 2");
        assertThat(GetRequestMemo.get("t", 2L, this::load)).isEqualTo("unit 2");
        assertThat(reads).hasValue(1);
        request("GET");
        assertThat(GetRequestMemo.<Long, String>map("t")).isEmpty();
        request("POST");
        assertThat(GetRequestMemo.<Long, String>map("t")).isNull();
        RequestContextHolder.resetRequestAttributes();
        assertThat(GetRequestMemo.<Long, String>map("t")).isNull();
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
