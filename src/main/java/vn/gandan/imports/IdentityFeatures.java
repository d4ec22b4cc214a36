package vn.gandan.imports;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.IdentityCandidates.Candidate;
import vn.gandan.imports.IdentityCandidates.Identity;
import vn.gandan.imports.IdentityMentions.Mention;
import vn.gandan.shared.Texts;

/**
 * Session 23: what the identity chooser weighs of one candidate triple — which sources proposed it, which parts it has, where
 * its first mention sits (headline, lead, later; first sentence), what precedes the mention (an issuing verb, a deploying verb,
 * a basis word, a sentence opening with a basis) and what follows it ("về …", "của …"), how often the text names it, whether its
 * kind word agrees with its symbol and with the document's kind, whether the symbol's issuer part names the document's issuer
 * ({@link SymbolNames}), and the date's shape (the page's post stamp, the year the symbol carries). Features whose names start
 * with {@code rules_} say what the rules chose: {@link #pure} leaves them out.
 */
final class IdentityFeatures {

    /** What the features read of the whole text: the rules' kind and first issuer, the first date of the page's first lines. */
    record Context(String kind, String issuer, DateParts stamp, Mention first, Mention firstUnbased, List<IdentityDates.Dated> dates) {
    }

    private static final Pattern ISSUING = Pattern.compile("(?iu)(?:ban hành|ký|ký ban hành|có|xây dựng|vừa|đã|phê duyệt|công bố)\\s*(?:\\S+\\s*){0,1}$");
    private static final Pattern DEPLOYING = Pattern.compile("(?iu)triển khai\\s*(?:thực hiện\\s*)?$");
    private static final Pattern BASIS = Pattern.compile("(?iu)(?:thực hiện|căn cứ|theo|tại|của|kèm theo|quy định|hướng dẫn|đúng|như)\\s*$");
    private static final Pattern BASIS_OPENING = Pattern.compile("(?iu)^\\s*[-–+•]?\\s*(?:Thực hiện|Căn cứ|Theo|Triển khai|Để|Trên cơ sở|Nhằm)(?![\\p{L}])");
    private static final Pattern ABOUT = Pattern.compile("(?iu)^[^.;]{0,40}?(?:về việc|về|V/v)\\s");
    private static final Pattern OF = Pattern.compile("(?iu)^[^.;]{0,40}?\\bcủa\\s");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})");
    private static final Pattern EARLY_DATE = Pattern.compile("(?<![\\d/])(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})(?![\\d/])");

    private IdentityFeatures() {
    }

    /** The context of a text: the first date its first three lines write (a page's post stamp, a headline's date). */
    static Context context(List<String> lines, String kind, List<String> issuers, List<Mention> mentions, List<IdentityDates.Dated> dates) {
        DateParts stamp = null;
        for (String l : lines.subList(0, Math.min(3, lines.size()))) {
            Matcher m = EARLY_DATE.matcher(l);
            if (m.find()) {
                stamp = new DateParts(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3)));
                break;
            }
        }
        Mention first = mentions.stream().filter(m -> m.paragraph() >= 0).findFirst().orElse(null);
        Mention unbased = mentions.stream().filter(m -> m.paragraph() >= 0 && !based(m)).findFirst().orElse(null);
        return new Context(kind, issuers == null || issuers.isEmpty() ? null : issuers.get(0), stamp, first, unbased, dates);
    }

    /** A mention after a basis word or in a sentence opening with one: usually a document the text carries out. */
    static boolean based(Mention m) {
        return BASIS.matcher(m.before()).find() || BASIS_OPENING.matcher(m.sentenceStart()).find();
    }

    static LinearRanker.Features of(Candidate c, Context ctx, Identity rules, int candidates) {
        Map<String, Double> f = new TreeMap<>();
        Identity id = c.identity();
        for (String s : c.sources()) {
            f.put((s.equals("rules") || s.startsWith("rules_") || s.equals("web") ? "rules_src_" : "src_") + s, 1.0);
        }
        f.put("src_count", Math.min(4, c.sources().stream().filter(s -> !s.startsWith("rules") && !s.equals("web")).count()) / 4.0);
        f.put("has_number", id.number() != null ? 1.0 : 0.0);
        f.put("has_symbol", id.symbol() != null ? 1.0 : 0.0);
        f.put("has_date", id.dated() ? 1.0 : 0.0);
        f.put("empty", id.number() == null && id.symbol() == null && !id.dated() ? 1.0 : 0.0);
        f.put("date_only", id.number() == null && id.symbol() == null && id.dated() ? 1.0 : 0.0);
        f.put("named_undated", (id.number() != null || id.symbol() != null) && !id.dated() ? 1.0 : 0.0);
        Mention m = c.mention();
        if (m != null && m.paragraph() < 0) {
            f.put("m_cell", 1.0);
            f.put("m_repeated", Math.min(3, c.mentions()) / 3.0);
        } else if (m != null) {
            f.put("m_headline", m.paragraph() == 0 ? 1.0 : 0.0);
            f.put("m_lead", m.paragraph() >= 1 && m.paragraph() <= 2 ? 1.0 : 0.0);
            f.put("m_later", m.paragraph() >= 3 ? 1.0 : 0.0);
            f.put("m_first_sentence", m.sentence() == 0 ? 1.0 : 0.0);
            f.put("m_issuing_verb", ISSUING.matcher(m.before()).find() ? 1.0 : 0.0);
            f.put("m_deploying_verb", DEPLOYING.matcher(m.before()).find() ? 1.0 : 0.0);
            f.put("m_basis_word", BASIS.matcher(m.before()).find() ? 1.0 : 0.0);
            f.put("m_basis_sentence", BASIS_OPENING.matcher(m.sentenceStart()).find() ? 1.0 : 0.0);
            f.put("m_about", ABOUT.matcher(m.after()).find() ? 1.0 : 0.0);
            f.put("m_of", OF.matcher(m.after()).find() ? 1.0 : 0.0);
            f.put("m_kind_word", m.kindWord() != null ? 1.0 : 0.0);
            f.put("m_so", m.so() ? 1.0 : 0.0);
            f.put("m_repeated", Math.min(3, c.mentions()) / 3.0);
            String kind = m.kindWord() == null ? null : kindOf(m.kindWord());
            f.put("m_kind_is_document_kind", kind != null && ctx.kind() != null && ctx.kind().replace("_PHOI_HOP", "").equals(kind) ? 1.0 : 0.0);
            f.put("m_kind_agrees_symbol", kind != null && id.symbol() != null && symbolKind(id.symbol()) != null
                    && symbolKind(id.symbol()).equals(kind) ? 1.0 : 0.0);
            f.put("m_date_attached", m.date() != null && sameDate(m.date(), id.date()) ? 1.0 : 0.0);
            f.put("m_date_sentence", m.sentenceDate() != null && sameDate(m.sentenceDate(), id.date()) && !sameDate(m.date(), id.date()) ? 1.0 : 0.0);
            f.put("m_dated_but_undated", m.date() != null && !id.dated() ? 1.0 : 0.0);
            f.put("m_first", same(m, ctx.first()) ? 1.0 : 0.0);
            f.put("m_first_unbased", same(m, ctx.firstUnbased()) ? 1.0 : 0.0);
        } else if ((id.number() != null || id.symbol() != null) && c.sources().stream().anyMatch(x -> !x.startsWith("rules"))) {
            f.put("unmentioned", 1.0);
        }
        if (id.symbol() != null && ctx.issuer() != null) {
            SymbolNames.Verdict v = SymbolNames.judge(ctx.issuer(), id.symbol());
            f.put("symbol_names_issuer", v == SymbolNames.Verdict.AGREES ? 1.0 : 0.0);
            f.put("symbol_contradicts_issuer", v == SymbolNames.Verdict.CONTRADICTS ? 1.0 : 0.0);
        }
        if (id.dated()) {
            f.put("date_is_stamp", ctx.stamp() != null && sameDate(ctx.stamp(), id.date()) ? 1.0 : 0.0);
            f.put("date_partial", id.date().day() == null || id.date().month() == null || id.date().year() == null ? 1.0 : 0.0);
            Matcher y = id.symbol() == null ? null : YEAR.matcher(id.symbol());
            f.put("date_year_in_symbol", y != null && y.find() && Objects.equals(Integer.valueOf(y.group(1)), id.date().year()) ? 1.0 : 0.0);
            IdentityDates.Dated text = ctx.dates().stream().filter(x -> sameDate(x.date(), id.date())).findFirst().orElse(null);
            f.put("date_placed_head", text != null && text.placed() && !text.foot() ? 1.0 : 0.0);
            f.put("date_placed_foot", text != null && text.placed() && text.foot() ? 1.0 : 0.0);
            f.put("date_in_words", text != null && text.words() ? 1.0 : 0.0);
            f.put("date_first_of_text", !ctx.dates().isEmpty() && sameDate(ctx.dates().get(0).date(), id.date()) ? 1.0 : 0.0);
            f.put("date_after_stamp", ctx.stamp() != null && after(id.date(), ctx.stamp()) ? 1.0 : 0.0);
        }
        f.put("few_candidates", candidates <= 4 ? 1.0 : 0.0);
        f.put("rules_same", id.key().equals(rules.key()) ? 1.0 : 0.0);
        f.put("rules_same_number", id.number() != null && Objects.equals(id.number(), rules.number()) ? 1.0 : 0.0);
        f.put("rules_same_symbol", id.symbol() != null && IdentityCandidates.symbolKey(id.symbol()).equals(IdentityCandidates.symbolKey(rules.symbol())) ? 1.0 : 0.0);
        f.put("rules_same_date", id.dated() && sameDate(id.date(), rules.date()) ? 1.0 : 0.0);
        f.values().removeIf(v -> v == 0.0);
        return new LinearRanker.Features(f);
    }

    /** The features without any that says what the rules chose. */
    static LinearRanker.Features pure(LinearRanker.Features f) {
        Map<String, Double> out = new TreeMap<>(f.values());
        out.keySet().removeIf(k -> k.startsWith("rules_"));
        return new LinearRanker.Features(out);
    }

    private static boolean same(Mention a, Mention b) {
        return b != null && Objects.equals(a.number(), b.number())
                && IdentityCandidates.symbolKey(a.symbol()).equals(IdentityCandidates.symbolKey(b.symbol()));
    }

    private static boolean sameDate(DateParts a, DateParts b) {
        return a != null && b != null && Objects.equals(a.day(), b.day()) && Objects.equals(a.month(), b.month())
                && Objects.equals(a.year(), b.year());
    }

    private static boolean after(DateParts a, DateParts b) {
        if (a.year() == null || b.year() == null || a.month() == null || b.month() == null || a.day() == null || b.day() == null) {
            return false;
        }
        return a.year() * 400 + a.month() * 32 + a.day() > b.year() * 400 + b.month() * 32 + b.day();
    }

    private static String kindOf(String word) {
        String f = Texts.fold(word).toLowerCase(java.util.Locale.ROOT);
        String kind = f.startsWith("bao cao") ? "BAO_CAO" : f.startsWith("cong van") ? "CONG_VAN" : DocKinds.ofWord(f);
        return "KE_HOACH".equals(kind) && !f.startsWith("ke hoach") ? null : kind; // a kind word the kinds lack names no kind
    }

    private static String symbolKind(String symbol) {
        if (DocKinds.letterSymbol(symbol)) {
            return "CONG_VAN";
        }
        String kind = DocKinds.ofSymbol(symbol);
        return "KE_HOACH".equals(kind) && !Texts.fold(symbol.replaceFirst("^\\d{4}/", "")).toLowerCase(java.util.Locale.ROOT).startsWith("kh") ? null : kind;
    }
}
