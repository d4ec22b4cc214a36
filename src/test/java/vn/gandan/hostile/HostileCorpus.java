package vn.gandan.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * Issue 14, deliver 8: hostile values for text fields, numbers, dates, ids and JSON bodies — oversized, NUL,
 * invalid UTF-8 (as sent bytes), NFD, HTML and script, SQL metacharacters, wrong types, impossible dates, deep JSON,
 * polyglots, path traversal names, hidden characters. Every value carries the marker {@code 7331} where it can,
 * so an unescaped echo is found in the response.
 */
final class HostileCorpus {

    static final String SCRIPT = "<script>alert(7331)</script>";

    private HostileCorpus() {
    }

    static List<String> values() {
        List<String> v = new ArrayList<>();
        String[] scripts = {SCRIPT, "\"><script>alert(7331)</script>", "'><img src=x onerror=alert(7331)>",
            "<svg/onload=alert(7331)>", "javascript:alert(7331)", "<iframe src=\"javascript:alert(7331)\">",
            "{{7331*7}}", "${7331*7}", "#{7331*7}", "[[${7331}]]", "[(${T(java.lang.Runtime).getRuntime()})]",
            "__${T(java.lang.System).exit(0)}__::.x", "<a href=\"//evil.example\">7331</a>", "</textarea><script>alert(7331)</script>",
            "<!--7331-->", "<![CDATA[7331]]>", "&lt;script&gt;7331", "%3Cscript%3Ealert(7331)%3C/script%3E"};
        String[] sql = {"' OR '1'='1", "'; drop table plan; --", "\" OR 1=1 --", "1; select pg_sleep(5)", "') or ('a'='a",
            "%' and 1=0 union select null --", "\\'; --", "' || (select password_hash from access_account limit 1) || '",
            "$$; drop table plan; $$", "E'\\x00'", "1) or pg_sleep(3) --", "admin'--"};
        String[] hidden = {"a\u0000b", "\u0000", "x\u202Efdp.exe", "\uFEFFtitle", "a\u0007\u0008\u001Bb", "\u200B\u200B",
            "line\r\nbreak", "tab\tin", "\u2066isolate\u2069", "\u0085nel", "\u007Fdel", "ok\uD800broken", "\uDFFF", "\uFFFF"};
        String[] unicode = {"Tie\u0302\u0301ng Vie\u0323t", "Nguye\u0302\u0303n", "đ Đ ư ơ", "😀🇻🇳", "ﷺ", "Ｆｕｌｌｗｉｄｔｈ",
            "İstanbul", "ß", "\u0301", "ǅ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", "a".repeat(301), "x".repeat(5000), "é".repeat(20_000)};
        String[] numbers = {"-1", "0", "-0", "1e309", "NaN", "Infinity", "-Infinity", "9223372036854775808", "1.5", "3.7",
            "0x10", "1_000", "１２", "1,5", "", " ", "null", "true", "[]", "{}", "99999999999999999999999999"};
        String[] dates = {"2026-02-30", "2026-13-01", "0000-00-00", "9999-12-31", "-0001-01-01", "2026-02-29", "31/12/2026",
            "2026-1-1", "2026-12-31T25:00", "yesterday", "2026", "2026-S3", "2026-Q5", "2026-M13", "1899-12-31", "+292278994-08-17"};
        String[] paths = {"../../etc/passwd", "..\\..\\windows\\win.ini", "/etc/shadow", "C:\\boot.ini", "file:///etc/passwd",
            "a/../../b", "....//....//", "%2e%2e%2f", "con", "nul.txt", ".htaccess", "~root", "a\u0000.pdf", "x.pdf.exe",
            "report.docx\u202Excod.exe"};
        for (String[] group : List.of(scripts, sql, hidden, unicode, numbers, dates, paths)) {
            v.addAll(List.of(group));
        }
        for (String s : scripts) {
            v.add("Kế hoạch " + s);
            v.add(s.toUpperCase(java.util.Locale.ROOT));
        }
        for (String s : sql) {
            v.add("Báo cáo " + s);
        }
        for (String s : paths) {
            v.add("tệp " + s);
        }
        for (int i = 0; i < 140; i++) {
            v.add(v.get(i) + v.get((i * 7 + 3) % v.size()));
        }
        return v;
    }

    /** Whole bodies sent to JSON endpoints. */
    static List<String> jsonBodies() {
        List<String> b = new ArrayList<>(List.of("", "null", "[]", "{}", "\"x\"", "1", "{", "{\"a\":", "[[[[", "{\"id\": 1e999}",
                "{\"title\": {\"$gt\": \"\"}}", "{\"__proto__\": {\"admin\": true}}", "{\"a\": \"\\ud800\"}",
                "{\"a\": 1} {\"b\": 2}", "{\"title\": \"" + "x".repeat(100_000) + "\"}", "\uFEFF{}", "{'single': 'quotes'}",
                "{\"a\": NaN}", "{\"a\": 01}", "{\"a\": \"\\u0000\"}"));
        b.add("[".repeat(5000) + "]".repeat(5000));
        b.add("{\"a\":".repeat(2000) + "1" + "}".repeat(2000));
        return b;
    }
}
