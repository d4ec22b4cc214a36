package vn.gandan.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 22: the chosen issuer read again against the rest of the same text, so that it stands in the fullest form the text
 * gives it (gold convention: "a fuller name in the body wins over the abbreviated header line"). One reader, three
 * completions, each made only when the text decides it alone — never a word the text does not contain:
 * <ol>
 * <li><b>Abbreviation spelled out.</b> A word of the name written as an abbreviation ("THVS", "TTGDNN", "UBND") is matched to
 * a run of the text's words whose initials spell it, as a symbol's part spells a body ({@link SymbolNames#spells}); the other
 * words of the name must stand around it as written. The text's mention replaces the name when exactly one spelled-out form
 * exists and one of its mentions acts on a document (an issuing verb follows it, as {@link FullestForm} asks) — a name only
 * cited ("… của Liên đội …") or only a subject of other news leaves the header's form.</li>
 * <li><b>Organ and level completed.</b> A name ending in a level word without its proper name ("UBND tỉnh", "Đảng ủy xã")
 * takes the place the text names at that level, when it names exactly one, at least twice (once, after an office, it may
 * be a person: "Phó Chủ tịch UBND tỉnh Nguyễn Văn A"), and the text writes the completed name other than as a cited author
 * ("… của Đảng ủy phường X" leaves "Đảng ủy phường"). The place's extent is read where it is written in title case.</li>
 * <li><b>Two header lines run together.</b> A name that is two consecutive lines of the text, each opening a body's name by
 * the grammar of a name ({@link NameGrammar#headed}) — a ministry's line and its unit's line ("BỘ TÀI CHÍNH" / "CỤC THUẾ") — is
 * the unit under its superior: issuer and parent. A bare board line ("BAN CHẤP HÀNH") is no superior.</li>
 * </ol>
 */
final class FullerNames {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d]+");
    /** A word written as an abbreviation: capitals without tone marks, two to eight letters. */
    private static final Pattern ABBREVIATION = Pattern.compile("[A-ZĐ]{2,8}");
    /** What may stand between the words of a spelled-out run: spaces, a line break, a hyphen or an ampersand. */
    private static final Pattern BETWEEN = Pattern.compile("[\\s\\-–&]*");
    /** The level words, in lower case with accents ("tỉnh", never "tình"). */
    private static final List<String> LEVELS = List.of("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường");
    /** A place named at a level: the level, then one to four words opening in capitals. */
    private static final String PROPER = "\\p{Lu}[\\p{L}]*";
    /** Words that open in capitals after a place but never name it ("… tỉnh Ninh Thuận Năm học …"). */
    private static final Pattern NOT_PLACE = Pattern.compile("(?:nam|nhiem|giai|ve|va|cua|tai|tren|theo|khoa|den|lan|thuc|trong|ve viec)");
    /** A board line, never a superior of its own ("BAN CHẤP HÀNH" / "ĐẢNG BỘ TỈNH …"). */
    private static final Pattern BARE_BOARD = Pattern.compile("(?:ban (?:chap hanh|thuong vu|thuong truc)|bch|btv)");

    /** The word before a name that makes it a cited document's author or a place (folded). */
    private static final List<String> CITED = List.of("cua", "tai");

    private FullerNames() {
    }

    /** The decision with its issuers in their fullest form, or itself when the text decides nothing. */
    static IssuerSignals.Decision complete(IssuerSignals.Decision who, TextLines d) {
        if (who.issuers().isEmpty() || who.issuers().size() > 2) {
            return who;
        }
        Text t = new Text(d);
        if (who.issuers().size() == 1 && who.parent() == null) {
            String[] pair = runTogether(who.issuers().get(0), d);
            if (pair != null) {
                return new IssuerSignals.Decision(List.of(pair[1]), pair[0], who.confidence());
            }
        }
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String name : who.issuers()) {
            String spelled = spelledOut(name, t);
            String full = spelled != null ? spelled : name;
            String placed = placed(full, t);
            full = placed != null ? placed : full;
            changed |= !full.equals(name);
            out.add(full);
        }
        return changed ? new IssuerSignals.Decision(out, who.parent(), who.confidence()) : who;
    }

    // ---- 1. an abbreviation spelled out by the text ----

    /** The text's mention of the name with its abbreviations spelled out, when exactly one such form exists; else null. */
    static String spelledOut(String name, Text t) {
        List<Tok> words = tokens(Texts.clean(name));
        if (words.size() < 2 || words.stream().noneMatch(w -> ABBREVIATION.matcher(w.written()).matches())) {
            return null;
        }
        Map<String, String> forms = new LinkedHashMap<>();
        boolean acting = false;
        for (int i = 0; i < t.words().size(); i++) {
            for (int end : mention(words, 0, t, i, false)) {
                int from = t.words().get(i).start();
                int to = t.words().get(end).end();
                String written = Texts.clean(t.text().substring(from, to));
                forms.putIfAbsent(Texts.fold(written), written);
                acting |= acting(t, to);
            }
        }
        return forms.size() == 1 && acting ? forms.values().iterator().next() : null;
    }

    /** The last text word of each mention of the name's words from {@code k} on, starting at text word {@code j}, with an abbreviation spelled out. */
    private static List<Integer> mention(List<Tok> name, int k, Text t, int j, boolean spelled) {
        if (k == name.size()) {
            return spelled ? List.of(j - 1) : List.of();
        }
        if (j >= t.words().size()) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        Tok w = name.get(k);
        if (t.words().get(j).folded().equals(w.folded()) && (j == 0 || k == 0 || joined(t, j - 1, j))) {
            out.addAll(mention(name, k + 1, t, j + 1, spelled));
        }
        String head = t.words().get(j).folded();
        boolean own = head.length() > 1 && w.folded().startsWith(head); // the abbreviation itself, or its head, is no spelling of it
        if (ABBREVIATION.matcher(w.written()).matches() && head.charAt(0) == w.folded().charAt(0) && !own && (k == 0 || joined(t, j - 1, j))) {
            for (int n = 2; n <= w.folded().length() + 1 && j + n <= t.words().size(); n++) {
                if (!joined(t, j + n - 2, j + n - 1)) {
                    break;
                }
                String run = t.text().substring(t.words().get(j).start(), t.words().get(j + n - 1).end());
                if (SymbolNames.spells(w.folded(), run)) {
                    out.addAll(mention(name, k + 1, t, j + n, true));
                }
            }
        }
        return out;
    }

    /** Whether two neighbouring text words belong to one name: nothing but spaces, a break, a hyphen between them. */
    private static boolean joined(Text t, int a, int b) {
        return BETWEEN.matcher(t.text().substring(t.words().get(a).end(), t.words().get(b).start())).matches();
    }

    /** Whether the mention acts on a document: an issuing verb follows it ("… lập kế hoạch", "… xây dựng Kế hoạch"). */
    private static boolean acting(Text t, int to) {
        String rest = " " + Texts.fold(t.text().substring(to, Math.min(t.text().length(), to + 60))); // fold strips the space before the verb
        return FullestForm.ACTS.matcher(rest).lookingAt();
    }

    // ---- 2. an organ and its level completed with the one place of that level ----

    /** The name with the place the text names at its last word's level, when it names exactly one; else null. */
    static String placed(String name, Text t) {
        String clean = Texts.clean(name);
        String lower = clean.toLowerCase(Locale.ROOT);
        String level = LEVELS.stream().filter(l -> lower.endsWith(" " + l)).findFirst().orElse(null);
        if (level == null || !NameGrammar.headed(clean)) {
            return null;
        }
        String place = t.onlyPlace(level);
        if (place == null || !t.writes(clean + " " + place)) {
            return null;
        }
        return clean + " " + (TextLines.isUpper(clean) ? place.toUpperCase(Locale.ROOT) : place);
    }

    // ---- 3. two header lines run together ----

    /** The superior's line and the unit's line the name was run together from; else null. */
    static String[] runTogether(String name, TextLines d) {
        String whole = Texts.fold(Texts.clean(name));
        String previous = null;
        for (int i = 0; i < Math.min(d.lines.size(), 80); i++) {
            String line = Texts.clean(d.lines.get(i).replaceAll("[|*#]", " "));
            if (line.isEmpty()) {
                continue;
            }
            if (previous != null && Texts.fold(previous + " " + line).equals(whole) && NameGrammar.headed(previous)
                    && NameGrammar.headed(line) && !BARE_BOARD.matcher(Texts.fold(previous)).matches()) {
                return new String[] {previous, line};
            }
            previous = line;
        }
        return null;
    }

    // ---- the text ----

    /** A word: as written, folded, and its span. */
    record Tok(String written, String folded, int start, int end) {
    }

    private static List<Tok> tokens(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new Tok(m.group(), Texts.fold(m.group()), m.start(), m.end()));
        }
        return out;
    }

    /**
     * The head of the text ({@link FullestForm#head}) and its words, read when first asked for: most names have no
     * abbreviation and no bare level word, and then the text is never read.
     */
    static final class Text {
        private final TextLines lines;
        private String text;
        private List<Tok> words;

        Text(TextLines d) {
            lines = d;
        }

        String text() {
            if (text == null) {
                text = FullestForm.head(lines);
            }
            return text;
        }

        List<Tok> words() {
            if (words == null) {
                words = tokens(text());
            }
            return words;
        }

        /** The one place the text names at a level (the shortest of its spellings), or null when it names none or several. */
        String onlyPlace(String level) {
            Pattern at = Pattern.compile("(?<![\\p{L}])(?iu:" + level + ")[ \\t]+(" + PROPER + "(?:[ \\t]+" + PROPER + "){0,3})(?![\\p{L}])");
            Matcher m = at.matcher(text());
            List<List<String>> places = new ArrayList<>();
            List<String> capitals = new ArrayList<>();
            while (m.find()) {
                List<String> ws = new ArrayList<>();
                for (String w : m.group(1).split("[ \\t]+")) {
                    if (NOT_PLACE.matcher(Texts.fold(w)).matches()) {
                        break;
                    }
                    ws.add(w);
                }
                if (ws.isEmpty()) {
                    continue;
                }
                if (TextLines.isUpper(String.join(" ", ws))) {
                    capitals.add(Texts.fold(String.join(" ", ws))); // a run of capitals does not show where the place ends
                } else {
                    places.add(ws);
                }
            }
            List<String> shortest = places.stream().min((a, b) -> a.size() - b.size()).orElse(null);
            if (shortest == null) {
                return null;
            }
            String head = Texts.fold(String.join(" ", shortest));
            for (List<String> p : places) {
                if (!(Texts.fold(String.join(" ", p)) + " ").startsWith(head + " ")) {
                    return null;
                }
            }
            for (String c : capitals) {
                if (!(c + " ").startsWith(head + " ")) {
                    return null;
                }
            }
            return places.size() + capitals.size() >= 2 ? String.join(" ", shortest) : null; // named once, it may be a person after an office
        }

        /**
         * Whether the text writes the name, an abbreviation of the organ or its spelled-out words alike ("UBND" / "Ủy ban nhân
         * dân"), other than as a cited document's author or a place ("… của Đảng ủy phường X", "tại …").
         */
        boolean writes(String name) {
            List<String> n = FullestForm.canonical(name).stream().map(FullestForm.Word::w).toList();
            List<String> all = canon();
            for (int i = 0; i + n.size() <= all.size(); i++) {
                if (all.subList(i, i + n.size()).equals(n) && (i == 0 || !CITED.contains(all.get(i - 1)))) {
                    return true;
                }
            }
            return false;
        }

        private List<String> canonical;

        private List<String> canon() {
            if (canonical == null) {
                canonical = FullestForm.canonical(text()).stream().map(FullestForm.Word::w).toList();
            }
            return canonical;
        }
    }
}
