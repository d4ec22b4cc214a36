package vn.gandan.access;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gandan.shared.FieldProblem;

/**
 * What a new password must be (issue 14, item 9): at least {@link #MIN_LENGTH} characters, at most 200, not the
 * user name nor containing it, not a password of the breach corpora (a list kept in
 * {@code access/common-passwords.txt}, also as a base word wrapped in digits and symbols: "Matkhau@2026"), and
 * not a run of one key or of consecutive keys ("aaaaaaaaaa", "1234567890").
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 200;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** The problems of {@code password} for the field, empty when it may be used. */
    static List<FieldProblem> check(String field, String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return List.of(FieldProblem.of(field, "access.password.tooShort", MIN_LENGTH));
        }
        if (password.length() > MAX_LENGTH) {
            return List.of(FieldProblem.of(field, "access.password.tooLong"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return List.of(FieldProblem.of(field, "access.password.containsUsername"));
        }
        if (isCommon(lower)) {
            return List.of(FieldProblem.of(field, "access.password.common"));
        }
        return List.of();
    }

    static boolean isCommon(String lower) {
        String letters = lower.replaceAll("[^\\p{L}]", "");
        return COMMON.contains(lower) || !letters.isEmpty() && COMMON.contains(letters) || isRun(lower);
    }

    /** One key repeated, or keys in order up or down ("abcdefghij", "9876543210"). */
    private static boolean isRun(String s) {
        int[] c = s.codePoints().toArray();
        boolean same = true;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < c.length; i++) {
            same &= c[i] == c[i - 1];
            up &= c[i] == c[i - 1] + 1;
            down &= c[i] == c[i - 1] - 1;
        }
        return same || up || down;
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/access/common-passwords.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("access/common-passwords.txt is missing from the classpath", e);
        }
    }
}
