package vn.gandan.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.IdentityMentions.Mention;

/**
 * Session 23: the candidates for a document's identity — its number, symbol and own date taken together — in a text without
 * a header block: the rules' own triple, the empty triple, every mention of a document the text makes
 * ({@link IdentityMentions}) with the date written after it, the date of its sentence, the rules' date or no date, and the
 * triples of the header's number line, the page's metadata rows, a legal library's registry rows and a web headline. Equal
 * triples (number, symbol without case, spaces or dash forms, date) are one candidate that remembers every source that proposed
 * it and its first mention.
 */
final class IdentityCandidates {

    /** A document's identity: any part may be null. */
    record Identity(Integer number, String symbol, DateParts date) {
        static final Identity NONE = new Identity(null, null, null);

        /** The identity as the scorer compares it: the number, the symbol's key, the day, month and year. */
        String key() {
            DateParts d = date == null ? DateParts.BLANK : date;
            return number + "|" + symbolKey(symbol) + "|" + d.day() + "/" + d.month() + "/" + d.year();
        }

        boolean dated() {
            return date != null && (date.day() != null || date.month() != null || date.year() != null);
        }
    }

    /** One candidate: the identity, the sources that proposed it, and the first mention that names its number and symbol. */
    record Candidate(Identity identity, Set<String> sources, Mention mention, int mentions) {
    }

    /** The rules' triple and the steps' own triples a text gives besides its mentions. */
    record Steps(Identity rules, Identity header, Identity web, Identity meta, Identity registry) {
    }

    private IdentityCandidates() {
    }

    /** The candidates, the rules' triple first and the empty triple second, then in the order they were proposed. */
    static List<Candidate> of(Steps steps, List<Mention> mentions, List<IdentityDates.Dated> dates) {
        Map<String, Builder> out = new LinkedHashMap<>();
        add(out, steps.rules(), "rules", null);
        add(out, Identity.NONE, "none", null);
        DateParts rulesDate = steps.rules().dated() ? steps.rules().date() : null;
        add(out, new Identity(steps.rules().number(), steps.rules().symbol(), null), "rules_undated", null);
        add(out, new Identity(null, null, rulesDate), "rules_date_only", null);
        for (IdentityDates.Dated d : dates) {
            add(out, new Identity(null, null, d.date()), "date_of_text", null);
            add(out, new Identity(steps.rules().number(), steps.rules().symbol(), d.date()), "rules_named_date_of_text", null);
        }
        List<String> named = new ArrayList<>();
        for (Mention m : mentions) {
            String pair = m.number() + "|" + symbolKey(m.symbol());
            if (!named.contains(pair)) {
                named.add(pair);
                if (named.size() <= 6) {
                    for (IdentityDates.Dated d : dates) {
                        add(out, new Identity(m.number(), m.symbol(), d.date()), "mention_date_of_text", m);
                    }
                }
            }
            add(out, new Identity(m.number(), m.symbol(), m.date()), m.date() != null ? "mention_dated" : "mention", m);
            add(out, new Identity(m.number(), m.symbol(), null), "mention", m);
            if (m.sentenceDate() != null) {
                add(out, new Identity(m.number(), m.symbol(), m.sentenceDate()), "mention_sentence_date", m);
            }
            if (rulesDate != null) {
                add(out, new Identity(m.number(), m.symbol(), rulesDate), "rules_date_on_mention", m);
            }
        }
        step(out, steps.header(), "header");
        step(out, steps.meta(), "meta");
        step(out, steps.registry(), "registry");
        step(out, steps.web(), "web");
        List<Candidate> list = new ArrayList<>();
        for (Builder b : out.values()) {
            int count = 0;
            for (Mention m : mentions) {
                count += Objects.equals(m.number(), b.identity.number()) && symbolKey(m.symbol()).equals(symbolKey(b.identity.symbol())) ? 1 : 0;
            }
            Mention first = b.mention;
            if (first == null && (b.identity.number() != null || b.identity.symbol() != null)) {
                first = mentions.stream().filter(m -> Objects.equals(m.number(), b.identity.number())
                        && symbolKey(m.symbol()).equals(symbolKey(b.identity.symbol()))).findFirst().orElse(null);
            }
            list.add(new Candidate(b.identity, Set.copyOf(b.sources), first, count));
        }
        return list;
    }

    private static void step(Map<String, Builder> out, Identity id, String source) {
        if (id != null && (id.number() != null || id.symbol() != null || id.dated())) {
            add(out, id, source, null);
        }
    }

    private static void add(Map<String, Builder> out, Identity id, String source, Mention m) {
        Identity clean = new Identity(id.number(), id.symbol() == null || id.symbol().isBlank() ? null : id.symbol(), id.dated() ? id.date() : null);
        Builder b = out.computeIfAbsent(clean.key(), k -> new Builder(clean));
        b.sources.add(source);
        if (b.mention == null) {
            b.mention = m;
        }
    }

    /** A symbol compared as the scorer does: no case, no spaces, every dash one hyphen, no trailing punctuation. */
    static String symbolKey(String s) {
        if (s == null) {
            return "";
        }
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("^(số|so)\\s*", "").replaceAll("[\u2010-\u2015\u2212]", "-").replaceAll("\\s+", "")
                .replaceAll("^[.,:;/]+|[.,:;/]+$", "");
    }

    private static final class Builder {
        final Identity identity;
        final Set<String> sources = new LinkedHashSet<>();
        Mention mention;

        Builder(Identity identity) {
            this.identity = identity;
        }
    }
}
