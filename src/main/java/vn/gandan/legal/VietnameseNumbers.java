package vn.gandan.legal;

import java.util.Locale;
import java.util.Map;

/** Numbers written in Vietnamese words, as in dates: "mười lăm" → 15, "hai nghìn không trăm hai mươi lăm" → 2025. */
final class VietnameseNumbers {

    private static final Map<String, Integer> DIGITS = Map.ofEntries(Map.entry("không", 0), Map.entry("một", 1),
            Map.entry("mốt", 1), Map.entry("hai", 2), Map.entry("ba", 3), Map.entry("bốn", 4), Map.entry("tư", 4),
            Map.entry("năm", 5), Map.entry("lăm", 5), Map.entry("sáu", 6), Map.entry("bảy", 7), Map.entry("tám", 8),
            Map.entry("chín", 9));

    private VietnameseNumbers() {
    }

    /** The value of the words, or -1 when they are not a number. */
    static int parse(String words) {
        int total = 0;
        int current = 0;
        boolean any = false;
        boolean digit = false;
        for (String w : words.toLowerCase(Locale.ROOT).strip().split("\\s+")) {
            switch (w) {
                case "mười" -> {
                    current += 10;
                    digit = true;
                }
                case "mươi" -> current = (digit ? current : 1) * 10;
                case "trăm" -> current = (digit ? current : 1) * 100;
                case "nghìn", "ngàn" -> {
                    total += (digit ? current : 1) * 1000;
                    current = 0;
                    digit = false;
                }
                case "linh", "lẻ" -> {
                }
                default -> {
                    Integer d = DIGITS.get(w);
                    if (d == null) {
                        return -1;
                    }
                    // "hai mươi" multiplies the last digit; "mươi lăm" adds it
                    current = current % 10 == 0 && current >= 10 ? current + d : current * 10 + d;
                    digit = true;
                }
            }
            any = true;
        }
        return any ? total + current : -1;
    }

    /** A month in words: "hai" → 2, "giêng" → 1, "chạp" → 12. */
    static int parseMonth(String words) {
        String w = words.toLowerCase(Locale.ROOT).strip();
        if (w.equals("giêng")) {
            return 1;
        }
        if (w.equals("chạp")) {
            return 12;
        }
        int n = parse(w);
        return n >= 1 && n <= 12 ? n : -1;
    }
}
