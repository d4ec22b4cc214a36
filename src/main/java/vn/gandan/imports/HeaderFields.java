package vn.gandan.imports;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.Extraction.Period;

/**
 * The nine header fields as the extractor decides them, with their confidences (in the order the extraction reports them):
 * the kind, the number and symbol, the date and place, the issuers and their superior, the title and the period. Built from
 * what every step reads ({@link Extractor.Source}) and the title and issuer decisions: the header's (or the headline's) word
 * first, then, where it leaves a field out, the title's own naming, a legal library's registry rows, the page's metadata, a
 * news item's own or bracketed document, a signing or meeting told in the lead, a place and date line below the body.
 */
record HeaderFields(String kind, Integer number, String symbol, String place, DateParts date, List<String> issuers, String parent,
                    String title, Period period, Map<String, Double> confidence) {

    static HeaderFields of(Extractor.Source s, TitleSignals.Decision bounded, IssuerSignals.Decision who) {
        TextLines d = s.d();
        HeaderBlock.Header h = s.h();
        WebHeadline.Headline web = s.web();
        PageMetadata.Meta meta = s.meta();
        HeaderGaps.Annex annex = s.annex();
        CopyNoise.Marks marks = s.marks();
        String title = web == null && !h.anchored() ? NewsItems.withoutRunOnLead(bounded.text()) : bounded.text(); // s20: a headline run on into its lead
        TitleSignals.Named named = bounded.named();
        boolean unnumbered = (web != null ? web.number() : h.number()) == null && (web != null ? web.symbol() : h.symbol()) == null;
        Integer number = unnumbered ? named.number() : web != null ? web.number() : h.number();
        String symbol = unnumbered ? named.symbol() : web != null ? web.symbol() : h.symbol();
        title = web == null ? TitleLines.withoutKindInitials(title, h.symbol()) : title; // s19: "PHƯƠNG HƯỚNG CHIẾN LƯỢC …" under "Số: 01/PHCL"
        String kind = kind(web != null ? Extractor.foldKind(web.kindWord()) : h.kindWord(), h.letter() && h.kindWord() == null, symbol,
                who.issuers().size());
        String shaped = h.kindWord() == null && !h.letter() && web == null && (symbol == null || symbol.isBlank()) ? FieldShapes.kindByShape(d) : null;
        String headed = shaped == null && h.kindWord() == null && !h.letter() && web == null && (symbol == null || symbol.isBlank()) ? NewsItems.headlineKind(d.paras, title) : null;
        kind = headed != null ? kind(headed, false, symbol, who.issuers().size()) : kind; // s20: the kind word of the page headline that gave the title
        kind = shaped != null && !"KE_HOACH".equals(shaped) ? shaped : kind; // session 16: a kind no kind line names, read from the shapes that name it
        kind = web == null && h.kindWord() != null && h.titleLine() >= 0 && h.titleLine() < d.lines.size()
                ? FieldRepairs.jointKind(kind, d.lines.get(h.titleLine())) : kind; // s19: "KẾ HOẠCH PHỐI HỢP …" under one issuer
        kind = web == null && h.kindWord() == null && !h.numbered() && symbol == null ? FieldRepairs.jointKindTold(kind, d.paras) : kind; // s19: "… vừa ký kết kế hoạch phối hợp"
        Map<String, Double> conf = new LinkedHashMap<>();
        conf.put("doc_kind", h.kindWord() != null || h.letter() || web != null ? 0.95 : shaped != null ? 0.7 : 0.5);
        conf.put("number", h.numbered() || web != null ? 0.9 : 0.5);
        conf.put("symbol", h.numbered() || web != null ? 0.9 : 0.5);
        conf.put("issue_place", h.dated() ? 0.9 : 0.5);
        conf.put("issue_date", h.dated() || web != null ? 0.9 : 0.5);
        conf.put("issuers", who.confidence());
        conf.put("parent_issuer", who.parent() == null ? 0.5 : 0.7);
        conf.put("title", title != null ? 0.85 : 0.2);
        DateParts given = web != null ? web.date() : annex != null ? annex.date() : h.date();
        DateParts date = undated(given) ? named.date() : given;
        FieldShapes.Registry registry = number == null && symbol == null && undated(date) && h.kindWord() != null
                ? FieldShapes.annexing(d.lines, h.kindWord()) : null; // session 16: a decision named by its own annex
        registry = registry == null && number == null && symbol == null && undated(date) ? FieldShapes.registry(d.lines) : registry;
        if (registry != null) { // a legal library's metadata rows, only when nothing else named the document (session 15)
            number = registry.number();
            symbol = registry.symbol();
            date = registry.date();
            kind = h.kindWord() == null && !h.letter() && web == null && shaped == null ? kind(null, false, symbol, who.issuers().size()) : kind; // s18: "148/SGDĐT-TCHC" is a letter's
        } else if (number == null && symbol == null && undated(date) && meta.numbered()) { // s21: the metadata in any site's form
            number = meta.number();
            symbol = meta.symbol();
            date = meta.dated() ? meta.date() : date;
            kind = h.kindWord() == null && !h.letter() && web == null && shaped == null ? kind(null, false, symbol, who.issuers().size()) : kind;
        }
        symbol = registry != null && meta.numbered() && meta.number().equals(number) && symbol != null && !meta.symbol().equals(symbol)
                && PageMetadata.glued(symbol, meta.symbol()) ? meta.symbol() : symbol; // s21: "2025/NQ-HĐNDNgày đăng công báo:" cut at its key
        String paged = web == null ? PageMetadata.pageTitle(d.lines, number, symbol, meta) : null;
        title = paged != null && (title == null || PageMetadata.headlineTail(d.lines, title, number, symbol)) ? paged : title; // s21: a library's headline naming the document
        title = PageChrome.callToAction(title) ? null : title; // s21: "Bấm vào đây để xem chi tiết!" is the page's link, no title
        if (undated(date) && meta.dated() && meta.names(number, symbol)) { // s21: the header's or the registry's date cut off; the metadata of the same number
            date = meta.date();
        }
        OwnNamed.Named ownDoc = number == null && symbol == null && undated(date) && !h.numbered() && !h.dated() && who.issuers().size() == 1
                ? OwnNamed.find(d.paras, who.issuers().get(0), kind) : null;
        ownDoc = ownDoc == null && number == null && symbol == null && undated(date) && !h.numbered() && !h.dated() && web == null
                ? NewsItems.bracketed(d.paras, kind) : ownDoc; // s20: the lead's closing bracket "(Kế hoạch số 67/KH-UBND ngày 02/3/2026)"
        ownDoc = ownDoc == null && number == null && symbol == null && undated(date) && !h.numbered() && !h.dated() && web == null
                ? OpeningNamed.find(d.paras, kind) : ownDoc; // s24: the lead opening "Kế hoạch số 112/KH-UBND nhằm …"
        if (ownDoc != null) { // session 18: a news item's unit deploying its own plan, named by number and date
            number = ownDoc.number();
            symbol = ownDoc.symbol();
            date = ownDoc.date();
        }
        DateParts signed = web == null && !h.dated() && !h.numbered() && undated(date) ? FieldCues.signed(d.lines) : null;
        date = signed != null ? signed : date; // session 17: a programme's signing told in a dated news lead
        String place = web != null ? null : h.place();
        FieldShapes.Dated own = web == null && !h.dated() && undated(date) ? FieldShapes.dateLine(d.lines) : null;
        if (own != null) { // the document's own place and date on a line of their own, below the body (session 15)
            place = own.place();
            date = own.date();
        }
        FieldShapes.Dated runOn = web == null && !h.dated() && undated(date) ? RunOnDateCell.of(d.lines) : null;
        if (runOn != null) { // s25: a header run together on one line, its place-date cell mid-line
            place = runOn.place();
            date = runOn.date();
        }
        DateParts recorded = web == null && !h.dated() && undated(date) ? FieldCues.recorded(String.join("\n", d.lines.subList(0, Math.min(d.lines.size(), 60)))) : null;
        date = recorded != null ? recorded : date; // s20: a record (biên bản) dated by the meeting it minutes
        place = place == null && web == null && meta.names(number, symbol) ? PageMetadata.cutPlace(d.lines, symbol, meta) : place; // s21: "Số: … | Cà Mau", the text ending there
        place = marks.reaccented(place); // s20: "Kiến Tuong" from a font without the horned letters
        Period period = Periods.of(title, String.join("\n", d.lines.subList(Math.min(Math.max(h.titleLine(), 0), d.lines.size()), Math.min(Math.max(h.titleLine(), 0) + 6, d.lines.size()))), date.year(), conf);
        if (period == null && title == null && undated(date)) {
            period = FieldCues.leadYear(d.paras); // session 18: a title-less news item's year, named by itself in its lead
            conf.put("period", period == null ? conf.get("period") : 0.3);
        }
        symbol = FieldCues.withoutDebris(symbol); // s18: "…./2014../KH-TTND"
        date = FieldRepairs.valid(date); // s19: "ngày 30 tháng 0 năm 2020"
        DateParts attached = undated(date) ? SameIdentityDate.of(d.paras, number, symbol) : null;
        date = attached != null ? attached : date; // s24: "Kế hoạch 1590/KH-SGD&ĐT ngày 23/9/2016 …", the own number's date written after it
        IdentityCandidates.Identity chosen = IdentityChooser.choose(s, new IdentityCandidates.Identity(number, symbol, date), kind, who.issuers()); // s23: learned, header-less texts only, behind a switch
        number = chosen.number();
        symbol = chosen.symbol();
        date = chosen.date() != null ? chosen.date() : undated(date) ? date : DateParts.BLANK;
        HeaderFields read = LeadDefault.filled(new HeaderFields(kind, number, symbol, place, date, who.issuers(), who.parent(), title, period, Collections.unmodifiableMap(conf)), s); // s25: a header-less text's lead naming a document in full
        return LeadSubject.filled(OwnSubject.filled(IssuingLead.filled(read, s), s), s); // s28: the subject of the mention a news lead opens with, where still no title; s27: the body the lead tells issued a document, where none was named; the subject of the text's own number's mention, where no title was found
    }

    private static boolean undated(DateParts p) {
        return p == null || p.day() == null && p.month() == null && p.year() == null;
    }

    /**
     * The kind from the kind word ({@link DocKinds}: a decision is a QUYET_DINH, not a plan), else from a V/v subject
     * or the symbol; two issuers of a plan make it a joint plan.
     */
    /** {@link #kind} for the lead's mention ({@link LeadDefault}). */
    static String kindOf(String word, boolean letter, String symbol, int issuers) {
        return kind(word, letter, symbol, issuers);
    }

    private static String kind(String word, boolean letter, String symbol, int issuers) {
        String sym = symbol == null ? "" : symbol.toUpperCase(Locale.ROOT);
        String kind;
        if (word != null) {
            kind = word.startsWith("bao cao") ? "BAO_CAO" : word.startsWith("cong van") ? "CONG_VAN" : DocKinds.ofWord(word);
        } else if (letter || !sym.isEmpty() && DocKinds.letterSymbol(sym)) {
            kind = "CONG_VAN";
        } else {
            kind = sym.matches("^(BC)\\b.*|^BC[-/].*") ? "BAO_CAO" : sym.matches("^CV[-/].*") ? "CONG_VAN" : DocKinds.ofSymbol(sym);
        }
        if ("KE_HOACH".equals(kind) && (sym.matches("^(KHPH|KHLT|CTPH|KH-?LT).*") || issuers > 1)) {
            kind = "KE_HOACH_PHOI_HOP";
        }
        return kind;
    }
}
