package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The test server's start is tried again when it fails: its port, chosen by the library from the kernel's ephemeral
 * range, can be taken by another connection between the choice and the bind (the crash test lost its HTTP port the
 * same way in stop 24).
 */
class EmbeddedStartAttemptsTests {

    @Test
    void aStartThatLosesItsPortIsTriedAgainWithAFreshAttempt() throws IOException {
        AtomicInteger tries = new AtomicInteger();
        String started = EmbeddedPostgresServer.attempts(3, () -> {
            if (tries.incrementAndGet() < 3) {
                throw new IllegalStateException("could not bind IPv4 address \"127.0.0.1\": Address already in use");
            }
            return "server on try " + tries.get();
        });
        assertThat(started).isEqualTo("server on try 3");
        assertThat(tries).hasValue(3);
    }

    @Test
    void aFirstSuccessIsNotRepeated() throws IOException {
        AtomicInteger tries = new AtomicInteger();
        assertThat(EmbeddedPostgresServer.attempts(3, tries::incrementAndGet)).isEqualTo(1);
        assertThat(tries).hasValue(1);
    }

    @Test
    void afterTheLastAttemptTheFirstFailureIsThrownWithTheLaterOnesAttached() {
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> EmbeddedPostgresServer.attempts(EmbeddedPostgresServer.EPHEMERAL_START_ATTEMPTS, () -> {
            throw new IOException("initdb failed, try " + tries.incrementAndGet());
        })).isInstanceOf(IOException.class).hasMessage("initdb failed, try 1")
                .satisfies(e -> assertThat(e.getSuppressed()).extracting(Throwable::getMessage)
                        .containsExactly("initdb failed, try 2", "initdb failed, try 3"));
        assertThat(tries).hasValue(EmbeddedPostgresServer.EPHEMERAL_START_ATTEMPTS);
    }
}
