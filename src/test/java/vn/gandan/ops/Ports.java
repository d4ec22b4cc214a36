package vn.gandan.ops;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for the processes the tests start. Chosen below the kernel's ephemeral range
 * ({@code /proc/sys/net/ipv4/ip_local_port_range}, 32768–60999 here), where the kernel never hands a port to an
 * outgoing connection; each is bound once on loopback to see that it is free now, and never given out twice by this
 * JVM.
 */
public final class Ports {

    static final int LOWEST = 20_000;
    private static final Set<Integer> GIVEN = new HashSet<>();

    private Ports() {
    }

    /** A free loopback port outside the ephemeral range; a port from the kernel only if none is found there. */
    public static synchronized int free() throws IOException {
        int below = ephemeralRangeStart();
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200 && below - LOWEST > 100; attempt++) {
            int port = LOWEST + random.nextInt(below - LOWEST);
            if (!GIVEN.contains(port) && bindable(port)) {
                GIVEN.add(port);
                return port;
            }
        }
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            GIVEN.add(s.getLocalPort());
            return s.getLocalPort();
        }
    }

    /** The first port of the kernel's ephemeral range (32768 where the file cannot be read: Linux's default). */
    static int ephemeralRangeStart() {
        try {
            String[] range = Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+");
            return Integer.parseInt(range[0]);
        } catch (IOException | RuntimeException e) {
            return 32_768;
        }
    }

    private static boolean bindable(int port) {
        try (ServerSocket s = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
