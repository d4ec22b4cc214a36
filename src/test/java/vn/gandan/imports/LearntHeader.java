package vn.gandan.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 17 (issue 13): a learnt labeller for the issuer and the title. For each document it lists the spans that could be
 * the field (header lines, two and three lines together, a line's cells, the part after a kind word or "V/v", a news
 * sentence's "của X về Y", the page's headline subject, the rule extractor's own answer and an explicit EMPTY), describes
 * each by generic, structural features (position against the motto, the number line, the kind line and the date line;
 * capitals; a unit's head word; a kind word; length; punctuation; whether the rules chose it and how sure they were; the
 * document's shape) — never a document's own words — and scores them with a linear ranker (averaged perceptron) whose
 * weights {@code LearntHeaderTraining} learns from the tuning parts' gold. Deterministic; no dependency. An experiment kept in
 * test scope: leave-one-part-out cross-validation showed no form of it beating the rules (docs/imports-history.md, session 17), so
 * the product does not use it; {@code LearntHeaderTraining cv} reproduces the figures.
 */
final class LearntHeader {

    /** The two fields the ranker labels. */
    enum Field {
        ISSUERS("i"), TITLE("t");

        final String key;

        Field(String key) {
            this.key = key;
        }
    }

    /** One span that could be the field; {@code value} empty for the EMPTY candidate. */
    record Candidate(List<String> value, String source, List<String> features) {
    }

    static final String RESOURCE = "/imports/learnt-header-weights.txt";
    static final int HEAD_LINES = 60;
    private static final int MAX_LEN = 400;

    private static final Pattern MOTTO = Pattern.compile("(?iu)(?:CỘNG\\s*H[ÒO][AÀ]\\s*XÃ\\s*H[ỘÔO]I|Độc\\s*lập\\s*[-–]|ĐẢNG\\s*CỘNG\\s*SẢN\\s*VI[ỆE]T\\s*NAM)");
    private static final Pattern NUMBER = Pattern.compile("(?u)(?:^|\\s{2,}|\\t|\\|)\\s*(?:Số|SỐ|Soá)\\s*:?\\s*[\\d.…_ ]*\\s*[/\\-]\\s*\\p{Lu}");
    private static final Pattern DATE = Pattern.compile("(?iu)ngày\\s*[\\d.…_ ]*\\s*tháng\\s*[\\d.…_ ]*\\s*năm\\s*\\d{2,4}");
    private static final String KINDS = "KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|QUY ĐỊNH|QUY CHẾ|CHỈ THỊ|THÔNG TƯ|NGHỊ QUYẾT|NGHỊ ĐỊNH|THÔNG BÁO|CÔNG VĂN|TỜ TRÌNH"
            + "|KẾT LUẬN|HƯỚNG DẪN|CHƯƠNG TRÌNH|CÔNG ĐIỆN|LỊCH|BIÊN BẢN|PHÁP LỆNH|ĐỀ ÁN|DỰ THẢO|GIẤY MỜI|KẾ HOẠCH LIÊN TỊCH";
    private static final Pattern KIND_ONLY = Pattern.compile("(?iu)^(?:\\(?dự\\s+thảo\\)?\\s*)?(?:" + KINDS + ")\\s*(?:liên tịch|phối hợp)?\\s*:?$");
    private static final Pattern KIND_LEAD = Pattern.compile("(?u)^(?:" + KINDS + ")(?![\\p{L}])\\s*:?\\s*(.+)$");
    private static final Pattern KIND_WORD = Pattern.compile("(?iu)^(?:" + KINDS + ")(?![\\p{L}])");
    private static final Pattern SUBJECT_LEAD = Pattern.compile("(?iu)^(?:V/v|Vv|V\\.v|Về việc)\\s*:?\\s*(.+)$");
    private static final Pattern CELLS = Pattern.compile("\\t+|\\s{3,}|\\s*\\|\\s*");
    private static final Pattern BULLET = Pattern.compile("^[•·*\\-–+>#]+\\s*");
    private static final Pattern UNIT_UPPER = Pattern.compile("^(?:" + UnitNames.UPPER_HEADS + ")(?![\\p{L}])");
    private static final Pattern UNIT_ANY = Pattern.compile("(?iu)^(?:" + Issuers.UNIT_START.pattern() + ")");
    private static final Pattern OF_ABOUT = Pattern.compile("(?u)\\bcủa\\s+((?:" + Issuers.UNIT_START.pattern()
            + "|Chủ tịch|Thủ tướng|Bộ Chính trị|Ban Bí thư|Ban Thường vụ|Ban Chấp hành)[^,.;:\\n()]{2,120}?)\\s+(về\\s+(?:việc\\s+)?[^.;\\n]{5,250})");
    private static final Pattern VERB = Pattern.compile("(?iu)(?:^|\\s)(?:đã|vừa|sẽ|ban hành|yêu cầu|đề nghị|chỉ đạo|triển khai|tổ chức|gửi)(?:\\s|$)");
    private static final Pattern CHROME = Pattern.compile("(?iu)(?:https?:|www\\.|Chia sẻ|Đăng bởi|Lượt xem|Tải về|Trang chủ|Bình luận|©)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern WORD = Pattern.compile("\\S+");

    private static volatile Map<String, Double> weights;

    private LearntHeader() {
    }

    /** The anchors of a document's head: line indexes (or -1) of the motto, the number, the kind line and the date. */
    record Anchors(int motto, int number, int kind, int date) {
        static Anchors of(List<String> head) {
            int motto = -1;
            int number = -1;
            int kind = -1;
            int date = -1;
            for (int i = 0; i < head.size(); i++) {
                String l = head.get(i);
                if (motto < 0 && MOTTO.matcher(l).find()) {
                    motto = i;
                }
                if (number < 0 && NUMBER.matcher(l).find()) {
                    number = i;
                }
                if (date < 0 && DATE.matcher(l).find()) {
                    date = i;
                }
                if (kind < 0 && KIND_ONLY.matcher(l).matches()) {
                    kind = i;
                }
            }
            return new Anchors(motto, number, kind, date);
        }

        String shape() {
            return motto >= 0 ? (kind >= 0 ? "hdr+kind" : "hdr") : kind >= 0 ? "kind" : number >= 0 ? "num" : "bare";
        }
    }

    /** The head's lines: the first {@link #HEAD_LINES} non-blank raw lines (markup removed, column gaps kept for the cells). */
    static List<String> head(TextLines d) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < d.size() && out.size() < HEAD_LINES; i++) {
            String l = d.raw.get(i).strip();
            if (!l.isEmpty()) {
                out.add(l);
            }
        }
        return out;
    }

    /** The candidates for {@code field}: the rules' answer first, EMPTY, then the spans in reading order (no span twice). */
    static List<Candidate> candidates(Field field, List<String> head, String joined, Extraction rules) {
        Anchors a = Anchors.of(head);
        List<String> ruleValue = field == Field.ISSUERS ? rules.issuers() == null ? List.of() : rules.issuers()
                : rules.title() == null ? List.of() : List.of(rules.title());
        double ruleConf = rules.confidence() == null ? 0.5 : rules.confidence().getOrDefault(field == Field.ISSUERS ? "issuers" : "title", 0.5);
        Map<String, Candidate> seen = new java.util.LinkedHashMap<>();
        Builder b = new Builder(field, a, head, ruleValue, ruleConf, seen);
        if (!ruleValue.isEmpty()) {
            b.add(ruleValue, "rule", -1);
        }
        b.add(List.of(), "empty", -1);
        for (int i = 0; i < head.size(); i++) {
            String rawLine = BULLET.matcher(head.get(i)).replaceFirst("").strip();
            String c = SPACES.matcher(rawLine).replaceAll(" ");
            if (c.length() < 3 || c.length() > MAX_LEN) {
                continue;
            }
            b.add(List.of(c), "line", i);
            String[] cells = CELLS.split(rawLine);
            if (cells.length > 1) {
                for (String cell : cells) {
                    b.add(List.of(cell.strip()), "cell", i);
                }
            }
            if (field == Field.ISSUERS && i + 1 < head.size()) { // a unit's name over two header lines, or its left cells
                String next = BULLET.matcher(head.get(i + 1)).replaceFirst("").strip();
                if (next.length() < MAX_LEN) {
                    b.add(List.of(c + " " + SPACES.matcher(next).replaceAll(" ")), "lines2", i);
                    String[] below = CELLS.split(next);
                    if ((cells.length > 1 || below.length > 1) && cells.length > 0 && below.length > 0) {
                        b.add(List.of(cells[0].strip() + " " + below[0].strip()), "cells2", i);
                    }
                }
            }
            if (field == Field.TITLE) {
                StringBuilder joinedLines = new StringBuilder(c);
                for (int k = 1; k <= 2 && i + k < head.size(); k++) {
                    joinedLines.append(' ').append(SPACES.matcher(BULLET.matcher(head.get(i + k)).replaceFirst("").strip()).replaceAll(" "));
                    if (joinedLines.length() <= MAX_LEN) {
                        b.add(List.of(joinedLines.toString()), "lines" + (k + 1), i);
                    }
                }
                Matcher kind = KIND_LEAD.matcher(c);
                if (kind.matches()) {
                    b.add(List.of(kind.group(1)), "afterkind", i);
                }
                Matcher subject = SUBJECT_LEAD.matcher(c);
                if (subject.matches()) {
                    b.add(List.of(subject.group(1)), "subject", i);
                }
            }
        }
        Matcher m = OF_ABOUT.matcher(joined.length() > 4000 ? joined.substring(0, 4000) : joined);
        for (int n = 0; n < 3 && m.find(); n++) {
            if (field == Field.ISSUERS) {
                b.add(List.of(m.group(1).strip()), "of", -1);
            } else {
                for (String about : new LinkedHashSet<>(List.of(m.group(2).strip(), m.group(2).replaceFirst(",.*$", "").strip()))) {
                    b.add(List.of(about), "about", -1);
                    b.add(List.of(about.replaceFirst("(?iu)^về\\s+(?:việc\\s+)?", "").strip()), "about-bare", -1);
                }
            }
        }
        return new ArrayList<>(seen.values());
    }

    private record Builder(Field field, Anchors a, List<String> head, List<String> rule, double ruleConf, Map<String, Candidate> seen) {
        void add(List<String> value, String source, int line) {
            List<String> v = value.stream().map(Extractor::trimEnd).filter(s -> s != null && !s.isBlank()).toList();
            if (v.isEmpty() && !value.isEmpty()) {
                return;
            }
            String key = ("rule".equals(source) ? "rule:" : "") + Texts.fold(String.join("|", v)); // the rules' answer stands apart from its span
            if (seen.containsKey(key)) {
                return;
            }
            List<String> f = new ArrayList<>(features(field, v, source, line, a, rule, ruleConf));
            if (line >= 0) {
                f.addAll(neighbours(field, line > 0 ? head.get(line - 1) : null, line + span(source) < head.size() ? head.get(line + span(source)) : null));
            }
            seen.put(key, new Candidate(v, source, List.copyOf(f)));
        }
    }

    /** The candidate's features, each a name (weight 1 when present); every name is prefixed by the field's key. */
    static List<String> features(Field field, List<String> value, String source, int line, Anchors a, List<String> rule, double ruleConf) {
        Set<String> f = new LinkedHashSet<>();
        String shape = a.shape();
        String conf = ruleConf >= 0.8 ? "hi" : ruleConf >= 0.55 ? "mid" : "lo";
        boolean ruleEmpty = rule.isEmpty();
        f.add("bias");
        f.add("src=" + source);
        f.add("src=" + source + "&shape=" + shape);
        f.add("shape=" + shape + "&conf=" + conf);
        if (value.isEmpty()) {
            f.add("empty&conf=" + conf);
            f.add("empty&shape=" + shape);
            f.add("empty&ruleEmpty=" + ruleEmpty);
            return prefixed(field, f);
        }
        String text = String.join(" ", value);
        String folded = Texts.fold(text);
        boolean sameAsRule = !ruleEmpty && folded.equals(Texts.fold(String.join(" ", rule)));
        boolean inRule = !ruleEmpty && !sameAsRule && Texts.fold(String.join(" ", rule)).contains(folded);
        boolean holdsRule = !ruleEmpty && !sameAsRule && folded.contains(Texts.fold(String.join(" ", rule)));
        f.add("rule=" + (sameAsRule ? "same" : inRule ? "inside" : holdsRule ? "holds" : ruleEmpty ? "none" : "other") + "&conf=" + conf);
        f.add("rule=" + (sameAsRule ? "same" : inRule ? "inside" : holdsRule ? "holds" : ruleEmpty ? "none" : "other") + "&shape=" + shape);
        if (line >= 0) {
            f.add("pos=" + bucket(line, 0, 1, 3, 6, 11, 21));
            f.add("motto=" + rel(line, a.motto()));
            f.add("number=" + rel(line, a.number()));
            f.add("kind=" + rel(line, a.kind()));
            f.add("date=" + rel(line, a.date()));
            f.add("kind=" + rel(line, a.kind()) + "&src=" + source);
            f.add("motto=" + rel(line, a.motto()) + "&src=" + source);
        }
        int letters = 0;
        int upper = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                upper += Character.isUpperCase(c) ? 1 : 0;
            }
        }
        double caps = letters == 0 ? 0 : (double) upper / letters;
        String capsB = letters == 0 ? "none" : caps >= 0.99 ? "all" : caps >= 0.6 ? "most" : caps >= 0.2 ? "some" : "few";
        f.add("caps=" + capsB);
        int words = 0;
        Matcher w = WORD.matcher(text);
        while (w.find()) {
            words++;
        }
        String wordsB = bucket(words, 1, 2, 4, 7, 13, 26, 41);
        f.add("words=" + wordsB);
        f.add("words=" + wordsB + "&src=" + source);
        f.add("caps=" + capsB + "&shape=" + shape);
        boolean unit = UNIT_UPPER.matcher(text).find() || UNIT_ANY.matcher(text).find();
        f.add("unit=" + unit);
        f.add("unit=" + unit + "&caps=" + capsB);
        boolean kind = KIND_WORD.matcher(text).find();
        f.add("kindword=" + kind);
        f.add("lead=" + lead(text));
        f.add("items=" + Math.min(value.size(), 3));
        if (DIGIT.matcher(text).find()) {
            f.add("digit");
        }
        if (text.contains(":")) {
            f.add("colon");
        }
        if (text.contains(",")) {
            f.add("comma");
        }
        if (text.contains("(")) {
            f.add("paren");
        }
        if (VERB.matcher(text).find()) {
            f.add("verb");
            f.add("verb&unit=" + unit);
        }
        if (MOTTO.matcher(text).find()) {
            f.add("motto");
        }
        if (NUMBER.matcher(text).find()) {
            f.add("numberline");
        }
        if (DATE.matcher(text).find()) {
            f.add("dateline");
        }
        if (CHROME.matcher(text).find()) {
            f.add("chrome");
        }
        if (folded.startsWith("ve ") || folded.startsWith("v/v")) {
            f.add("ve");
            f.add("ve&src=" + source);
        }
        return prefixed(field, f);
    }

    private static int span(String source) {
        return source.startsWith("lines") ? source.charAt(5) - '0' : source.equals("cells2") ? 2 : 1;
    }

    private static final Pattern BODY = Pattern.compile("(?iu)^(?:Căn cứ|Thực hiện|Kính gửi|Điều\\s+\\d|[IVX]+[.\\s]|\\d+[.)]\\s|Phần\\s)");

    /** The lines around the span: the one above (a kind line, the number, capitals …) and the one below (the body opening …). */
    static List<String> neighbours(Field field, String above, String below) {
        Set<String> f = new LinkedHashSet<>();
        f.add("above=" + kindOf(above));
        f.add("below=" + kindOf(below));
        return prefixed(field, f);
    }

    private static String kindOf(String l) {
        if (l == null) {
            return "none";
        }
        String c = BULLET.matcher(l).replaceFirst("").strip();
        if (KIND_ONLY.matcher(c).matches()) {
            return "kindonly";
        }
        if (MOTTO.matcher(c).find()) {
            return "motto";
        }
        if (BODY.matcher(c).find()) {
            return "body";
        }
        if (NUMBER.matcher(c).find()) {
            return "number";
        }
        if (DATE.matcher(c).find()) {
            return "date";
        }
        if (SUBJECT_LEAD.matcher(c).matches()) {
            return "subject";
        }
        if (c.matches("^[-_=.…*]{3,}$")) {
            return "rule-line";
        }
        return TextLines.isUpper(c) ? "caps" : "text";
    }

    private static List<String> prefixed(Field field, Set<String> f) {
        return f.stream().map(s -> field.key + ":" + s).toList();
    }

    private static String lead(String text) {
        char c = text.charAt(0);
        return Character.isUpperCase(c) ? "upper" : Character.isLowerCase(c) ? "lower" : Character.isDigit(c) ? "digit" : "other";
    }

    private static String rel(int line, int anchor) {
        if (anchor < 0) {
            return "none";
        }
        int d = line - anchor;
        return d < -3 ? "before4+" : d < 0 ? "before" : d == 0 ? "at" : d == 1 ? "after1" : d <= 3 ? "after2-3" : d <= 8 ? "after4-8" : "after9+";
    }

    private static String bucket(int v, int... bounds) {
        String prev = "0";
        for (int b : bounds) {
            if (v < b) {
                return "<" + b;
            }
            prev = b + "+";
        }
        return prev;
    }

    /** The candidate a weight vector ranks first (the earliest on ties, so the rules' answer wins a tie). */
    static Candidate best(List<Candidate> cands, Map<String, Double> w) {
        Candidate best = null;
        double top = Double.NEGATIVE_INFINITY;
        for (Candidate c : cands) {
            double s = score(c, w);
            if (s > top) {
                top = s;
                best = c;
            }
        }
        return best;
    }

    static double score(Candidate c, Map<String, Double> w) {
        double s = 0;
        for (String f : c.features()) {
            s += w.getOrDefault(f, 0.0);
        }
        return s;
    }

    /** The committed weights ({@link #RESOURCE}); empty when the resource is missing (the rules' answers then stand). */
    static Map<String, Double> weights() {
        Map<String, Double> w = weights;
        if (w == null) {
            w = load();
            weights = w;
        }
        return w;
    }

    private static Map<String, Double> load() {
        Map<String, Double> w = new TreeMap<>();
        try (InputStream in = LearntHeader.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Map.of();
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int eq = line.lastIndexOf('=');
                if (line.isBlank() || line.startsWith("#") || eq < 0) {
                    continue;
                }
                w.put(line.substring(0, eq), Double.parseDouble(line.substring(eq + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(w);
    }

    /** The weights as the resource writes them: sorted, one {@code feature=weight} a line, 4 decimals. */
    static String write(Map<String, Double> w, String comment) {
        StringBuilder sb = new StringBuilder();
        for (String c : comment.split("\n")) {
            sb.append("# ").append(c).append('\n');
        }
        new TreeMap<>(w).forEach((k, v) -> {
            String s = String.format(Locale.ROOT, "%.4f", v);
            if (!s.equals("0.0000") && !s.equals("-0.0000")) {
                sb.append(k).append('=').append(s).append('\n');
            }
        });
        return sb.toString();
    }
}
