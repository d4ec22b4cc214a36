package vn.gandan.web;

/** Looks for a NUL character in a JSON body: a raw zero byte or the escape {@code \u0000}. */
final class JsonBodies {

    private JsonBodies() {
    }

    static boolean hasNul(byte[] body) {
        for (int i = 0; i < body.length; i++) {
            if (body[i] == 0) {
                return true;
            }
            if (body[i] == '\\' && i + 5 < body.length && (body[i + 1] == 'u' || body[i + 1] == 'U')
                    && body[i + 2] == '0' && body[i + 3] == '0' && body[i + 4] == '0' && body[i + 5] == '0'
                    && !escaped(body, i)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the backslash at i is itself escaped (an odd number of backslashes before it). */
    private static boolean escaped(byte[] body, int i) {
        int n = 0;
        for (int j = i - 1; j >= 0 && body[j] == '\\'; j--) {
            n++;
        }
        return n % 2 == 1;
    }
}
