package vn.gandan.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 25: the general default for a text without a header identity of its own (no "Số: …" and no "place, ngày …" in a
 * header block): the first full document mention of its lead ({@link LeadMention}) is the document (gold convention 10).
 * It fills only the fields the extractor left empty, and only when the extractor's own number and symbol, if any, are that
 * mention's: number, symbol, date, issuers, title and — where the extractor named no document at all — the kind.
 */
final class LeadDefault {

    private LeadDefault() {
    }

    /**
     * The abstained fields filled from the lead's mention (the lead's decision, session 25: gold convention 10 — a news item
     * telling of what was done to carry out a document it names is about that document).
     */
    static HeaderFields filled(HeaderFields f, Extractor.Source s) {
        HeaderBlock.Header h = s.h();
        if (h.numbered() || h.dated() || !h.units().isEmpty()) {
            return f;
        }
        LeadMention.Mention m = LeadMention.find(s.d().paras);
        if (m == null) {
            return f;
        }
        String kind = kind(m);
        Map<String, Double> conf = new LinkedHashMap<>(f.confidence());
        boolean unnamed = f.number() == null && f.symbol() == null;
        if (!unnamed && !(Objects.equals(f.number(), m.number()) && same(f.symbol(), m.symbol()))) {
            return f; // the extractor named another document
        }
        DateParts date = undated(f.date()) ? m.date() : f.date();
        List<String> named = issuers(m, s.d());
        List<String> issuers = f.issuers().isEmpty() || m.ownBody() && !named.isEmpty() && apart(named, f.issuers()) ? named : f.issuers(); // s26: the mention's body over another body acting in the news
        String title = f.title() == null ? m.title() : f.title();
        return new HeaderFields(unnamed ? kind : f.kind(), m.number(), m.symbol(), f.place(), date, issuers, f.parent(), title, f.period(), conf);
    }

    /**
     * The bodies the mention names after "của" (or "giữa"), in the fullest form the text writes them (gold convention 9), or an
     * empty list when its own symbol contradicts one of them.
     */
    static List<String> issuers(LeadMention.Mention m, TextLines d) {
        if (m.issuers().isEmpty() || !agrees(m.issuers(), m.symbol())) {
            return List.of();
        }
        return FullestForm.complete(new IssuerSignals.Decision(m.issuers(), null, 0.5), false, d).issuers();
    }

    /**
     * No body the extractor named shares a word set with one the mention names (neither holds the other's words): the extractor
     * read another body — the one acting in the news ("…, Liên đội nhà trường đã tổ chức …"), not the one that issued the
     * document. A shorter or fuller form of the same body ("UBND tỉnh" / "UBND tỉnh Lào Cai") is the same body: the extractor's stays.
     */
    static boolean apart(List<String> named, List<String> extracted) {
        return extracted.stream().noneMatch(e -> named.stream().anyMatch(n -> overlaps(BodyWords.of(n), BodyWords.of(e))));
    }

    private static boolean overlaps(java.util.Set<String> a, java.util.Set<String> b) {
        return a.containsAll(b) || b.containsAll(a) || BodyWords.similar(a, b);
    }

    /** The kind the mention's kind word names: "văn bản" is a letter's, a joint qualifier ("liên tịch", "phối hợp") a joint plan's. */
    static String kind(LeadMention.Mention m) {
        String folded = Extractor.foldKind(m.kindWord());
        String[] w = folded.split("\\s+");
        String word = w.length < 2 ? folded : "van ban".equals(w[0] + " " + w[1]) ? "cong van" : w[0] + " " + w[1];
        String kind = HeaderFields.kindOf(word, false, m.symbol(), m.issuers().size());
        return "KE_HOACH".equals(kind) && folded.matches(".*\\b(?:lien tich|phoi hop)\\b.*") ? "KE_HOACH_PHOI_HOP" : kind;
    }

    /** No body the mention names is contradicted by its own symbol's issuer part ("512/BCĐ-VP … của Sở Giáo dục và Đào tạo"). */
    private static boolean agrees(List<String> issuers, String symbol) {
        return issuers.stream().noneMatch(n -> SymbolNames.judge(n, symbol) == SymbolNames.Verdict.CONTRADICTS);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : b != null && PageMetadata.key(a).equals(PageMetadata.key(b));
    }

    private static boolean undated(DateParts p) {
        return p == null || p.day() == null && p.month() == null && p.year() == null;
    }
}
