package vn.gandan.imports;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import vn.gandan.imports.TitleCandidates.Candidate;
import vn.gandan.imports.TitleCandidates.Form;
import vn.gandan.imports.TitleCandidates.Gen;
import vn.gandan.imports.TitleCandidates.Landmarks;

/**
 * The named features of one title candidate for {@link LinearRanker}: which generators proposed it and in which form, where
 * it stands against the head's landmarks (motto, number and date lines, kind line), its shape (length, capitals, punctuation,
 * brackets, an opening kind word, "về" or a body's head word), and, for "none", what the text lacks that a title would come
 * from. {@code rules} adds whether the rules chose it (the (R) variant; the (P) variant leaves it out). All values are 0/1
 * flags or fractions in [0, 1]; no name comes from a document's words.
 */
final class TitleFeatures {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d(?!\\d)");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern NUMBERED = Pattern.compile("(?iu)(?:^|\\s)số\\s*:?\\s*\\d");
    private static final Pattern DATED = Pattern.compile("(?iu)ngày\\s*\\d{1,2}\\s*(?:tháng|/)");
    private static final Pattern ABOUT = Pattern.compile("(?iu)^(?:V/v|Vv|V\\.v|về|về việc)(?:\\s|:|$)");
    private static final Pattern STOP_INSIDE = Pattern.compile("[.!?]\\s+\\p{Lu}");
    private static final Pattern CHROME = Pattern.compile("(?iu)(?:https?:|www\\.|chia sẻ|lượt xem|tải về|trang chủ|bình luận|©|\\|)");
    private static final Pattern MOTTO = Pattern.compile("(?iu)(?:CỘNG\\s*H[ÒO][AÀ]\\s*XÃ\\s*H[ỘÔO]I|Độc\\s*lập\\s*[-–]\\s*Tự\\s*do)");

    private TitleFeatures() {
    }

    private static final Set<Gen> STEPS = EnumSet.of(Gen.HEADER, Gen.WEB, Gen.HEADLINE, Gen.ROW, Gen.LEAD, Gen.VV, Gen.SCHEDULE);
    private static final Pattern AS_FOLLOWS = Pattern.compile("(?iu)(?:như sau|sau đây|cụ thể)$");
    private static final Pattern ARTICLE = Pattern.compile("(?iu)^(?:Điều\\s+\\d|số\\s*\\d|\\d+[/\\-])");

    /** Every candidate's features, in order; {@code withRules} adds the rules' choice. */
    static List<LinearRanker.Features> of(List<Candidate> cs, Landmarks at, boolean withRules) {
        boolean stepped = cs.stream().anyMatch(c -> c.gens().stream().anyMatch(STEPS::contains));
        return cs.stream().map(c -> of(c, at, withRules, stepped)).toList();
    }

    /** One candidate's features; {@code stepped}: whether any title step proposed a candidate in this text. */
    static LinearRanker.Features of(Candidate c, Landmarks at, boolean withRules, boolean stepped) {
        Map<String, Double> f = new TreeMap<>();
        if (withRules && c.gens().contains(Gen.RULES)) {
            f.put("rules_chose", 1.0);
        }
        if (c.text() == null) {
            f.put("none", 1.0);
            flag(f, "none_without_kind_line", at.kind() < 0);
            flag(f, "none_without_number_line", at.number() < 0);
            flag(f, "none_without_motto", at.motto() < 0);
            flag(f, "none_without_step", !stepped);
            return new LinearRanker.Features(f);
        }
        int gens = 0;
        boolean headed = at.motto() >= 0 || at.number() >= 0;
        for (Gen g : c.gens()) {
            if (g != Gen.RULES && g != Gen.NONE) {
                String gen = "gen_" + g.name().toLowerCase(Locale.ROOT);
                f.put(gen, 1.0);
                flag(f, gen + "_in_headed_text", headed);
                for (Form form : c.forms()) {
                    f.put(gen + "_" + form.name().toLowerCase(Locale.ROOT), 1.0);
                }
                if (c.span() > 0) {
                    f.put(gen + "_span_" + Math.min(c.span(), 4), 1.0);
                }
                gens++;
            }
        }
        flag(f, "runs_on", c.runsOn());
        f.put("generators", Math.min(gens, 5) / 5.0);
        for (Form form : c.forms()) {
            f.put("form_" + form.name().toLowerCase(Locale.ROOT), 1.0);
        }
        flag(f, "form_only_as_found", c.forms().size() == 1 && c.forms().contains(Form.AS_FOUND));
        position(f, c, at);
        shape(f, c.text());
        return new LinearRanker.Features(f);
    }

    private static void position(Map<String, Double> f, Candidate c, Landmarks at) {
        int line = c.line();
        flag(f, "line_unknown", line < 0);
        if (line >= 0) {
            f.put("line_index", Math.min(line, TitleCandidates.HEAD) / (double) TitleCandidates.HEAD);
            flag(f, "line_first_three", line < 3);
            flag(f, "on_kind_line", at.kind() >= 0 && line == at.kind());
            flag(f, "right_below_kind_line", at.kind() >= 0 && line == at.kind() + 1);
            flag(f, "below_kind_line", at.kind() >= 0 && line > at.kind() + 1);
            flag(f, "above_kind_line", at.kind() >= 0 && line < at.kind());
            flag(f, "below_motto", at.motto() >= 0 && line > at.motto());
            flag(f, "above_motto", at.motto() >= 0 && line <= at.motto());
            flag(f, "below_number_line", at.number() >= 0 && line > at.number());
            flag(f, "below_date_line", at.date() >= 0 && line > at.date());
        }
        if (c.span() > 0) {
            f.put("span_" + Math.min(c.span(), 4), 1.0);
        }
    }

    private static void shape(Map<String, Double> f, String t) {
        String[] words = t.split("\\s+");
        int n = words.length;
        f.put("words", Math.min(n, 40) / 40.0);
        flag(f, "words_1_3", n <= 3);
        flag(f, "words_4_8", n >= 4 && n <= 8);
        flag(f, "words_9_25", n >= 9 && n <= 25);
        flag(f, "words_over_25", n > 25);
        long letters = t.codePoints().filter(Character::isLetter).count();
        long upper = t.codePoints().filter(Character::isUpperCase).count();
        double caps = letters == 0 ? 0 : (double) upper / letters;
        f.put("capitals_share", caps);
        flag(f, "all_capitals", caps > 0.9);
        flag(f, "opens_lower", Character.isLowerCase(t.codePointAt(0)));
        flag(f, "opens_kind_word", TitleCandidates.kindWordEnd(t) >= 0);
        flag(f, "opens_about", ABOUT.matcher(t).lookingAt());
        flag(f, "opens_body_head", NameGrammar.headed(t));
        flag(f, "has_bracket", t.indexOf('(') >= 0 || t.indexOf('[') >= 0);
        flag(f, "ends_bracket", t.endsWith(")") || t.endsWith("]"));
        flag(f, "has_digit", DIGIT.matcher(t).find());
        flag(f, "has_year", YEAR.matcher(t).find());
        flag(f, "has_number_phrase", NUMBERED.matcher(t).find());
        flag(f, "has_date_phrase", DATED.matcher(t).find());
        flag(f, "has_sentence_stop", STOP_INSIDE.matcher(t).find());
        flag(f, "has_colon", t.indexOf(':') >= 0);
        flag(f, "has_quote", t.indexOf('"') >= 0 || t.indexOf('“') >= 0);
        flag(f, "has_page_chrome", CHROME.matcher(t).find());
        flag(f, "has_motto", MOTTO.matcher(t).find());
        flag(f, "ends_as_follows", AS_FOLLOWS.matcher(t).find());
        flag(f, "opens_article_or_number", ARTICLE.matcher(t).lookingAt());
        f.put("commas", Math.min(t.chars().filter(ch -> ch == ',').count(), 4) / 4.0);
    }

    private static void flag(Map<String, Double> f, String name, boolean on) {
        if (on) {
            f.put(name, 1.0);
        }
    }
}
