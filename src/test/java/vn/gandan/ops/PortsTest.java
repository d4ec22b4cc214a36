package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void portsAreFreeOutsideTheEphemeralRangeAndNeverGivenTwice() throws Exception {
        int below = Ports.ephemeralRangeStart();
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = Ports.free();
            assertThat(port).isBetween(Ports.LOWEST, below - 1);
            assertThat(ports.add(port)).as("port %d given twice", port).isTrue();
            try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                assertThat(s.getLocalPort()).isEqualTo(port);
            }
        }
    }

    @Test
    void aPortInUseIsNotGiven() throws Exception {
        int below = Ports.ephemeralRangeStart();
        try (ServerSocket held = new ServerSocket(Ports.free(), 1, InetAddress.getLoopbackAddress())) {
            for (int i = 0; i < 200; i++) {
                int port = Ports.free();
                assertThat(port).isNotEqualTo(held.getLocalPort()).isLessThan(below);
            }
        }
    }
}
