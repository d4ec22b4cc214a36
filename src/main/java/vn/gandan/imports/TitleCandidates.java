package vn.gandan.imports;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Every plausible title of one text, for {@link TitleChooser} to choose among: the rules' own answer, each title step's
 * proposal (the header's title line, the headline, a portal's title row, a news lead, the "V/v" lines, a schedule's line),
 * and generic spans — one to four lines after a kind line, after the number or date line and after the motto, the kind
 * line's own remainder, the page's first lines, the words after "về (việc)" in a sentence naming a document — each as found,
 * bounded by {@link TitleSignals#bound} and without a leading kind word or a trailing bracket; and "none". Candidates with
 * the same normalised text are one candidate with every generator that proposed it.
 */
final class TitleCandidates {

    /** Who proposed a candidate. */
    enum Gen { RULES, HEADER, WEB, HEADLINE, ROW, LEAD, VV, SCHEDULE, KIND_REST, AFTER_KIND, AFTER_NUMBER, AFTER_MOTTO, FIRST, ABOUT, NAMED, NONE }

    /** How a generator's text was turned into the candidate. */
    enum Form { AS_FOUND, BOUNDED, NO_KIND_WORD, NO_BRACKET, NO_BODY_NAME, NO_ABOUT }

    /**
     * One candidate: its text (null for "none"), who proposed it and in which forms, the first line (index into the text's
     * lines, −1 when not found among the head's lines), how many lines the span covers (0 when not a span) and whether the
     * line after the span reads as its continuation (it opens in lower case, or both are in capitals).
     */
    record Candidate(String text, Set<Gen> gens, Set<Form> forms, int line, int span, boolean runsOn) {
        Candidate {
            gens = Set.copyOf(gens);
            forms = Set.copyOf(forms);
        }

        /** Whether only the rules proposed it: a pure ranker (one that must not lean on the rules) leaves it out. */
        boolean rulesOnly() {
            return gens.equals(Set.of(Gen.RULES));
        }
    }

    /** The head's landmarks, −1 where absent: the motto's last line, the number line, the date line, the first kind line. */
    record Landmarks(int motto, int number, int date, int kind, String kindWord) {
    }

    static final int HEAD = 40;
    private static final int MAX_CHARS = 400;
    private static final Pattern MOTTO = Pattern.compile("(?iu)(?:CỘNG\\s*H[ÒO][AÀ]\\s*XÃ\\s*H[ỘÔO]I|Độc\\s*lập\\s*[-–]|ĐẢNG\\s*CỘNG\\s*SẢN\\s*VI[ỆE]T\\s*NAM)");
    private static final Pattern NUMBER = Pattern.compile("(?iu)(?:^|\\s)Số\\s*:?\\s*[\\d.…_ ]*\\s*[/\\-]");
    private static final Pattern DATE = Pattern.compile("(?iu)ngày\\s*[\\d.…_ ]*\\s*tháng\\s*[\\d.…_ ]*\\s*năm\\s*\\d{2,4}");
    private static final Pattern SUBJECT = Pattern.compile("(?iu)^\\W{0,2}(?:V/v|V/V|Vv|V\\.v|Về việc)\\s*:?\\s*(.+)$");
    private static final Pattern ABOUT = Pattern.compile("(?iu)\\s(?:về việc|về)\\s+(.+)$");
    private static final Pattern LEADING_ABOUT = Pattern.compile("(?iu)^(?:V/v|Vv|V\\.v|về việc|về)\\s*:?\\s+");
    /** A kind word in running text, its number and date when given, then what the sentence says of it. */
    private static final Pattern NAMED = Pattern.compile("(?iu)(?<![\\p{L}])(?:kế hoạch|báo cáo|công văn|quyết định|nghị quyết|chỉ thị|thông tư|kết luận"
            + "|quy định|quy chế|hướng dẫn|thông báo|chương trình|đề án|tờ trình|nghị định|đề cương)(?:\\s+(?:liên tịch|phối hợp|hành động))?"
            + "(?:\\s+(?:số\\s*)?\\d+[\\p{L}\\d/.\\-–&]*)?(?:\\s*,?\\s*ngày\\s+\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4})?\\s*,?\\s*(\\S.{0,400})");
    private static final Pattern BRACKET_TAIL = Pattern.compile("\\s*[(\\[][^()\\[\\]]*[)\\]]\\s*$");
    private static final Pattern SENTENCE_END = Pattern.compile("[.;!?](?:\\s|$)");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private TitleCandidates() {
    }

    /** The candidates of one text, the rules' answer ({@code rules}, may be null) first and "none" second. */
    static List<Candidate> of(Extractor.Source s, String rules) {
        List<String> lines = s.d().lines;
        Landmarks at = landmarks(lines);
        Pool pool = new Pool(lines);
        pool.add(rules, Gen.RULES, -1, 0);
        pool.none(rules == null);
        HeaderBlock.Header h = s.h();
        pool.add(h.title(), Gen.HEADER, h.titleLine(), 0);
        if (s.web() != null) {
            pool.add(s.web().title(), Gen.WEB, -1, 0);
        }
        pool.add(WebHeadline.subject(s.d()), Gen.HEADLINE, -1, 0);
        pool.add(PageMetadata.orRow(TitleRows.of(lines), s.meta()), Gen.ROW, -1, 0);
        pool.add(NewsLead.title(s.d().paras), Gen.LEAD, -1, 0);
        pool.add(TitleRows.vv(lines), Gen.VV, -1, 0);
        TitleLines.Schedule schedule = TitleLines.schedule(lines);
        pool.add(schedule == null ? null : schedule.title(), Gen.SCHEDULE, -1, 0);
        int head = Math.min(HEAD, lines.size());
        for (int i = 0; i < head; i++) {
            String line = lines.get(i);
            int kindEnd = kindWordEnd(line);
            if (kindEnd >= 0 && upperAt(line, kindEnd)) {
                String rest = line.substring(kindEnd).replaceFirst("^[\\s:.\\-–]+", "");
                if (!rest.isBlank()) {
                    spans(pool, lines, i, 3, Gen.KIND_REST, rest);
                }
                spans(pool, lines, i + 1, 4, Gen.AFTER_KIND, null);
            }
            Matcher v = SUBJECT.matcher(line.strip());
            if (v.matches()) {
                spans(pool, lines, i, 3, Gen.VV, v.group(1));
            }
        }
        if (at.number() >= 0) {
            spans(pool, lines, at.number() + 1, 4, Gen.AFTER_NUMBER, null);
        }
        if (at.date() >= 0) {
            spans(pool, lines, at.date() + 1, 4, Gen.AFTER_NUMBER, null);
        }
        if (at.motto() >= 0) {
            spans(pool, lines, at.motto() + 1, 4, Gen.AFTER_MOTTO, null);
        }
        for (int i = 0; i < Math.min(3, lines.size()); i++) {
            spans(pool, lines, i, 3, Gen.FIRST, null);
        }
        abouts(pool, s.d().paras);
        return pool.list();
    }

    /**
     * A text as the corpus scorer compares titles (its {@code norm}): NFC, markup marks and bookmarks as spaces, spaces
     * collapsed, outer ".,:;/ " stripped, lower case.
     */
    static String key(String s) {
        if (s == null) {
            return null;
        }
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC);
        t = MARKUP.matcher(t).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = OUTER.matcher(t).replaceAll("");
        return t.toLowerCase(java.util.Locale.ROOT);
    }

    private static final Pattern MARKUP = Pattern.compile("[*#_`]|\\[bookmark:[^\\]]*\\]");
    private static final Pattern OUTER = Pattern.compile("^[.,:;/ ]+|[.,:;/ ]+$");

    /** The head's landmarks: the first motto, number, date and kind lines among the first {@link #HEAD} lines. */
    static Landmarks landmarks(List<String> lines) {
        int motto = -1;
        int number = -1;
        int date = -1;
        int kind = -1;
        String word = null;
        for (int i = 0; i < Math.min(HEAD, lines.size()); i++) {
            String l = lines.get(i);
            if (MOTTO.matcher(l).find()) {
                motto = i;
            }
            if (number < 0 && NUMBER.matcher(l).find()) {
                number = i;
            }
            if (date < 0 && DATE.matcher(l).find()) {
                date = i;
            }
            int end = kindWordEnd(l);
            if (kind < 0 && end >= 0 && upperAt(l, end)) {
                kind = i;
                word = Texts.fold(l.substring(0, end));
            }
        }
        return new Landmarks(motto, number, date, kind, word);
    }

    /** Where a leading kind word ("KẾ HOẠCH", "Báo cáo", "KEHOACH") ends in the line, or −1 when the line opens with none. */
    static int kindWordEnd(String line) {
        Matcher m = Pattern.compile("^\\s*(\\S+)(?:\\s+(\\S+))?").matcher(line);
        if (!m.lookingAt()) {
            return -1;
        }
        String one = Texts.fold(m.group(1)).replaceAll("[^a-z]", "");
        if (m.group(2) != null && DocKinds.known(one + " " + Texts.fold(m.group(2)).replaceAll("[^a-z]", ""))) {
            return m.end(2);
        }
        return DocKinds.known(one) ? m.end(1) : -1;
    }

    /** Whether the kind word that ends at {@code end} is written in capitals (a header's kind line, not a sentence). */
    static boolean upperAt(String line, int end) {
        String w = line.substring(0, end);
        return w.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Spans of 1..{@code max} non-blank lines from {@code from}, the first line replaced by {@code first} when given. */
    private static void spans(Pool pool, List<String> lines, int from, int max, Gen gen, String first) {
        StringBuilder b = new StringBuilder();
        int taken = 0;
        for (int i = from; i < lines.size() && taken < max && i < from + max + 2; i++) {
            String l = taken == 0 && first != null ? first : lines.get(i);
            if (l.isBlank()) {
                continue;
            }
            b.append(b.isEmpty() ? "" : " ").append(l.strip());
            taken++;
            if (b.length() > MAX_CHARS) {
                return;
            }
            pool.add(b.toString(), gen, from, taken, runsOn(l, i + 1 < lines.size() ? lines.get(i + 1) : ""));
        }
    }

    /** Whether {@code next} reads as the continuation of {@code line}: it opens in lower case, or both are in capitals. */
    static boolean runsOn(String line, String next) {
        String n = next.strip();
        if (n.isEmpty()) {
            return false;
        }
        if (Character.isLowerCase(n.codePointAt(0))) {
            return true;
        }
        return TextLines.isUpper(line) && TextLines.isUpper(n);
    }

    /**
     * In the first paragraphs' sentences that name a document by its kind word ("… ban hành Kế hoạch số 12/KH-UBND về việc
     * tổ chức …"): the words after the kind word (and its number), and the words from "về (việc)" on — each to the sentence's
     * end and to its first comma.
     */
    private static void abouts(Pool pool, List<String> paras) {
        int seen = 0;
        for (int p = 0; p < paras.size() && p < 20 && seen < 4; p++) {
            String para = paras.get(p);
            Matcher k = NAMED.matcher(para.length() > 1500 ? para.substring(0, 1500) : para);
            for (int from = 0; seen < 4 && k.find(from); from = k.start(1)) {
                String rest = k.group(1);
                Matcher end = SENTENCE_END.matcher(rest);
                rest = end.find() ? rest.substring(0, end.start()) : rest;
                if (rest.isBlank()) {
                    continue;
                }
                seen++;
                pool.add(rest, Gen.NAMED, -1, 0);
                pool.add(rest.replaceFirst(",.*$", ""), Gen.NAMED, -1, 0);
                Matcher about = ABOUT.matcher(" " + rest);
                if (about.find() && about.start() < 160) {
                    String told = (" " + rest).substring(about.start()).strip();
                    pool.add(told, Gen.ABOUT, -1, 0);
                    pool.add(told.replaceFirst(",.*$", ""), Gen.ABOUT, -1, 0);
                }
            }
        }
    }

    /** The candidates so far, by normalised text. */
    private static final class Pool {
        private final List<String> lines;
        private final Map<String, Building> byKey = new LinkedHashMap<>();

        Pool(List<String> lines) {
            this.lines = lines;
        }

        void none(boolean rules) {
            Building b = byKey.computeIfAbsent("", k -> new Building(null, -1, 0, false));
            b.gens.add(Gen.NONE);
            if (rules) {
                b.gens.add(Gen.RULES);
            }
        }

        void add(String found, Gen gen, int line, int span) {
            add(found, gen, line, span, false);
        }

        void add(String found, Gen gen, int line, int span, boolean runsOn) {
            if (found == null || found.isBlank()) {
                return;
            }
            String t = SPACES.matcher(found).replaceAll(" ").strip();
            put(t, gen, Form.AS_FOUND, line, span, runsOn);
            if (gen == Gen.RULES) {
                return; // the rules' answer as given, not reworked
            }
            put(TitleSignals.bound(t).text(), gen, Form.BOUNDED, line, span, runsOn);
            int kind = kindWordEnd(t);
            String bare = kind >= 0 ? t.substring(kind).replaceFirst("^[\\s:.\\-–]+", "") : null;
            put(bare, gen, Form.NO_KIND_WORD, line, span, runsOn);
            put(BRACKET_TAIL.matcher(bare != null ? bare : t).replaceFirst(""), gen, Form.NO_BRACKET, line, span, runsOn);
            if (t.startsWith("(") && t.endsWith(")")) {
                put(t.substring(1, t.length() - 1), gen, Form.NO_BRACKET, line, span, runsOn);
            }
            String body = NameGrammar.headed(t) ? NameGrammar.name(t) : null;
            if (body != null && body.length() < t.length() && t.startsWith(body)) {
                put(t.substring(body.length()).strip(), gen, Form.NO_BODY_NAME, line, span, runsOn);
            }
            String about = LEADING_ABOUT.matcher(bare != null ? bare : t).replaceFirst("");
            put(about, gen, Form.NO_ABOUT, line, span, runsOn);
        }

        private void put(String text, Gen gen, Form form, int line, int span, boolean runsOn) {
            String t = Extractor.trimEnd(text);
            if (t == null || t.length() < 3 || t.length() > MAX_CHARS) {
                return;
            }
            String key = key(t);
            if (key.isEmpty()) {
                return;
            }
            Building b = byKey.computeIfAbsent(key, k -> new Building(t, line >= 0 ? line : locate(t), span, runsOn));
            b.gens.add(gen);
            b.forms.add(form);
        }

        private int locate(String t) {
            String[] words = Texts.fold(t).split(" ");
            String probe = String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(4, words.length)));
            for (int i = 0; i < Math.min(HEAD, lines.size()); i++) {
                if (Texts.fold(lines.get(i)).contains(probe)) {
                    return i;
                }
            }
            return -1;
        }

        List<Candidate> list() {
            List<Candidate> out = new ArrayList<>();
            byKey.values().forEach(b -> out.add(new Candidate(b.text, b.gens, b.forms.isEmpty() ? EnumSet.of(Form.AS_FOUND) : b.forms, b.line, b.span, b.runsOn)));
            return out;
        }
    }

    private static final class Building {
        final String text;
        final int line;
        final int span;
        final boolean runsOn;
        final EnumSet<Gen> gens = EnumSet.noneOf(Gen.class);
        final EnumSet<Form> forms = EnumSet.noneOf(Form.class);

        Building(String text, int line, int span, boolean runsOn) {
            this.text = text;
            this.line = line;
            this.span = span;
            this.runsOn = runsOn;
        }
    }
}
