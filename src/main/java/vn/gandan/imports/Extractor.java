package vn.gandan.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.Extraction.Period;

/**
 * Reads a Vietnamese administrative document (plan, joint plan, official letter, report) into an {@link Extraction}
 * in typed steps: text lines, header block (or web headline), issuers, bases and citations, outline and tasks,
 * deadlines, closing. Pure Java and stateless, so the command line, the API and the pages share it.
 */
final class Extractor {

    private Extractor() {
    }

    static Extraction extract(String fileName, CharSequence text) {
        Source s = source(text);
        TextLines d = s.d();
        HeaderBlock.Header h = s.h();
        WebHeadline.Headline web = s.web();
        Bases.Result cited = s.cited();
        PageMetadata.Meta meta = s.meta();
        HeaderGaps.Annex annex = s.annex();
        CopyNoise.Marks marks = s.marks();
        TitleSignals.Decision bounded = titleDecision(s);
        String title = web == null && !h.anchored() ? NewsItems.withoutRunOnLead(bounded.text()) : bounded.text(); // s20: a headline run on into its lead
        TitleSignals.Named named = bounded.named();
        boolean unnumbered = (web != null ? web.number() : h.number()) == null && (web != null ? web.symbol() : h.symbol()) == null;
        Integer number = unnumbered ? named.number() : web != null ? web.number() : h.number();
        String symbol = unnumbered ? named.symbol() : web != null ? web.symbol() : h.symbol();
        title = web == null ? TitleLines.withoutKindInitials(title, h.symbol()) : title; // s19: "PHƯƠNG HƯỚNG CHIẾN LƯỢC …" under "Số: 01/PHCL"
        IssuerSignals.Decision who = issuers(s);
        String kind = kind(web != null ? Extractor.foldKind(web.kindWord()) : h.kindWord(), h.letter() && h.kindWord() == null, symbol,
                who.issuers().size());
        String shaped = h.kindWord() == null && !h.letter() && web == null && (symbol == null || symbol.isBlank()) ? FieldShapes.kindByShape(d) : null;
        String headed = shaped == null && h.kindWord() == null && !h.letter() && web == null && (symbol == null || symbol.isBlank()) ? NewsItems.headlineKind(d.paras, title) : null;
        kind = headed != null ? kind(headed, false, symbol, who.issuers().size()) : kind; // s20: the kind word of the page headline that gave the title
        kind = shaped != null && !"KE_HOACH".equals(shaped) ? shaped : kind; // session 16: a kind no kind line names, read from the shapes that name it
        kind = web == null && h.kindWord() != null && h.titleLine() >= 0 && h.titleLine() < d.lines.size()
                ? FieldRepairs.jointKind(kind, d.lines.get(h.titleLine())) : kind; // s19: "KẾ HOẠCH PHỐI HỢP …" under one issuer
        kind = web == null && h.kindWord() == null && !h.numbered() && symbol == null ? FieldRepairs.jointKindTold(kind, d.paras) : kind; // s19: "… vừa ký kết kế hoạch phối hợp"
        List<Integer> sections = Outline.sectionLines(d, 0);
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
        DateParts recorded = web == null && !h.dated() && undated(date) ? FieldCues.recorded(String.join("\n", d.lines.subList(0, Math.min(d.lines.size(), 60)))) : null;
        date = recorded != null ? recorded : date; // s20: a record (biên bản) dated by the meeting it minutes
        place = place == null && web == null && meta.names(number, symbol) ? PageMetadata.cutPlace(d.lines, symbol, meta) : place; // s21: "Số: … | Cà Mau", the text ending there
        place = marks.reaccented(place); // s20: "Kiến Tuong" from a font without the horned letters
        Period period = Periods.of(title, String.join("\n", d.lines.subList(Math.min(Math.max(h.titleLine(), 0), d.lines.size()), Math.min(Math.max(h.titleLine(), 0) + 6, d.lines.size()))), date.year(), conf);
        if (period == null && title == null && undated(date)) {
            period = FieldCues.leadYear(d.paras); // session 18: a title-less news item's year, named by itself in its lead
            conf.put("period", period == null ? conf.get("period") : 0.3);
        }
        conf.put("bases", cited.bases().isEmpty() ? 0.4 : 0.85);
        conf.put("citations", cited.citations().isEmpty() ? 0.4 : 0.85);
        conf.put("sections", sections.isEmpty() ? 0.5 : 0.85);
        List<Extraction.Task> tasks = Outline.tasks(d, sections, h.titleLine() + 1, "BAO_CAO".equals(kind));
        conf.put("tasks", tasks.isEmpty() ? 0.4 : 0.75);
        List<Extraction.Deadline> deadlines = "BAO_CAO".equals(kind) ? List.of() : Deadlines.of(d);
        conf.put("report_deadlines", deadlines.isEmpty() ? 0.5 : 0.7);
        List<String> recipients = Closing.recipients(d);
        conf.put("recipients", recipients.isEmpty() ? 0.5 : 0.9);
        List<Extraction.Signer> signers = Closing.signers(d);
        conf.put("signers", signers.isEmpty() ? 0.4 : 0.85);
        symbol = FieldCues.withoutDebris(symbol); // s18: "…./2014../KH-TTND"
        date = FieldRepairs.valid(date); // s19: "ngày 30 tháng 0 năm 2020"
        return new Extraction(fileName, kind, number, symbol, place,
                date, who.issuers(), who.parent(), title, period, cited.bases(), baseTexts(cited.texts(), title), cited.citations(),
                sections.stream().map(i -> Outline.sectionName(d, i)).toList(), tasks, deadlines, recipients, signers, conf,
                Outline.parts(d, h.titleLine() + 1));
    }

    /**
     * What every later step reads: the text's lines (after the copy's repairs), its header block or else the page's headline,
     * the citations, the page's metadata, the issuer column, an annex naming the document, the text's marked word pairs.
     */
    private record Source(TextLines d, HeaderBlock.Header h, WebHeadline.Headline web, Bases.Result cited, PageMetadata.Meta meta,
                          List<String> units, String headerSymbol, HeaderGaps.Annex annex, CopyNoise.Marks marks) {
    }

    private static Source source(CharSequence text) {
        TextLines d = new TextLines(WrappedLines.joined(ShapeNormaliser.normal(FieldRepairs.unescaped(text)))); // s19: a copy with its breaks as "\r\n" escapes; a page's chrome
        HeaderBlock.Header h = HeaderBlock.read(d);
        WebHeadline.Headline web = h.numbered() || h.dated() ? null : WebHeadline.find(d);
        if (web != null && web.number() == null && web.symbol() == null && (h.kindWord() != null || h.title() != null) && !NewsNamed.toldOutranksHeadline(h, web, d)) { // s21: unless a headline over a lead that tells "X vừa có thông báo về …"
            web = null; // a news act without number never outranks the page's own kind line or title (a plan's "đã có kế hoạch")
        }
        Bases.Result cited = Bases.of(d);
        PageMetadata.Meta meta = PageMetadata.read(d.lines); // s21: the page's metadata rows and tables, every site's form
        List<String> units = HeaderUnits.of(h.units().isEmpty() && !h.anchored() ? HeaderUnits.stackAboveKind(d) : h.units()); // s19: ornaments, post titles and three levels in the issuer column
        String headerSymbol = web != null ? web.symbol() : h.symbol();
        HeaderGaps.Annex annex = web == null && !h.dated() ? HeaderGaps.annex(d, h.titleLine()) : null;
        CopyNoise.Marks marks = new CopyNoise.Marks(d.joined); // the text's marked word pairs, read once if a name needs them
        return new Source(d, h, web, cited, meta, units, headerSymbol, annex, marks);
    }

    /** The title as the header, the headline, a portal's title row, a news lead or a schedule's own line gives it, in that order. */
    private static TitleSignals.Decision titleDecision(Source s) {
        TextLines d = s.d();
        HeaderBlock.Header h = s.h();
        WebHeadline.Headline web = s.web();
        PageMetadata.Meta meta = s.meta();
        TitleSignals.Decision bounded = TitleSignals.bound(web != null ? web.title() : h.title() != null ? h.title() : WebHeadline.subject(d));
        if (web == null && h.title() != null && bounded.text() == null) {
            TitleSignals.Decision headline = TitleSignals.bound(WebHeadline.subject(d)); // the header's line was no title: the page's headline may give it
            bounded = headline.text() != null ? headline : bounded; // else the number and date the refused line named still hold (s16)
        }
        TitleSignals.Decision row = h.title() == null || bounded.text() == null ? TitleSignals.bound(PageMetadata.orRow(TitleRows.of(d.lines), bounded.text() == null ? meta : PageMetadata.Meta.NONE)) : null;
        if (row != null && row.text() != null) { // s18: a portal's "Tiêu đề văn bản | …" row is the page's own word on the title
            bounded = new TitleSignals.Decision(row.text(), row.startCues(), row.endCue(), null, bounded.named() == TitleSignals.Named.NONE ? row.named() : bounded.named());
        }
        if (bounded.text() == null && h.kindWord() == null && h.title() == null && !h.numbered()
                && (web == null || web.number() == null && web.symbol() == null)) { // s18: an unnumbered plan a news lead tells of
            String told = NewsLead.title(d.paras);
            TitleSignals.Decision lead = TitleSignals.bound(told != null ? told : TitleRows.vv(d.lines)); // else a header-less letter's "V/v …" lines
            bounded = lead.text() == null ? bounded : new TitleSignals.Decision(lead.text(), lead.startCues(), lead.endCue(), null, bounded.named());
        }
        TitleLines.Schedule schedule = h.numbered() ? null : TitleLines.schedule(d.lines);
        if (schedule != null && TitleLines.scheduleWins(bounded.text(), schedule, web != null && web.number() != null)) { // s19: a schedule's own line
            TitleSignals.Decision own = TitleSignals.bound(schedule.title());
            bounded = own.text() == null ? bounded : new TitleSignals.Decision(own.text(), own.startCues(), own.endCue(), null, bounded.named());
        }
        return bounded;
    }

    /** The issuers and their superior: the header's column (or the headline's), then each refinement in turn. */
    private static IssuerSignals.Decision issuers(Source s) {
        TextLines d = s.d();
        HeaderBlock.Header h = s.h();
        WebHeadline.Headline web = s.web();
        Bases.Result cited = s.cited();
        PageMetadata.Meta meta = s.meta();
        List<String> units = s.units();
        String headerSymbol = s.headerSymbol();
        HeaderGaps.Annex annex = s.annex();
        CopyNoise.Marks marks = s.marks();
        Issuers.Result found = web != null ? new Issuers.Result(web.issuers(), null, 0.7)
                : HeaderGaps.withPlace(Issuers.of(units, d, cited.baseCitations()), h.place(), d.joined);
        if (annex != null && annex.unit() != null && found.issuers().isEmpty()) {
            found = new Issuers.Result(List.of(annex.unit()), found.parent(), 0.6);
        }
        IssuerSignals.Decision who = IssuerSignals.decide(found.issuers(), found.parent(), found.confidence(), headerSymbol, d);
        who = web == null ? IssuerShapes.refine(who, units, headerSymbol, h.place(), d) : who; // s18: joint dashes, organ + locality, office under its organ
        who = web == null ? HeaderUnits.accented(HeaderUnits.underItsSuperior(HeaderUnits.garbled(who, d), d), d) : who; // s19: a garbled header line read again from the enacting line, a sub-unit under its superior
        who = web == null ? HeaderIssuers.refine(who, units, headerSymbol, h.place(), d) : who; // s21: a joint header's lost partner, the bare organ's registry row, the Đội above a Liên đội
        who = FullestForm.complete(who, web == null && !units.isEmpty(), web == null ? h.place() : null, d); // s19: abbreviations spelled out by the body acting, a news subject's board
        who = HeaderUnits.tidy(who); // s19: debris around a chosen name
        who = marks.reaccented(ShapeNormaliser.withoutHeading(who)); // s20: "PHÒNG … I. MỤC ĐÍCH" from a header laid on one line; "THỊ TRẤN HUONG SON"
        who = IssuerNames.judged(who); // s22: every name parsed by the grammar of a body's name
        who = PageMetadata.weigh(who, meta); // s21: the metadata's issuer where the text names none, or the organ-only cell's fuller name
        return who;
    }

    private static boolean undated(DateParts p) {
        return p == null || p.day() == null && p.month() == null && p.year() == null;
    }

    /** The bases as worded in the source, without the title when it too opens with "Thực hiện …". */
    private static List<String> baseTexts(List<String> texts, String title) {
        String t = vn.gandan.shared.Texts.fold(title);
        return texts.stream().filter(x -> !vn.gandan.shared.Texts.fold(x).equals(t)).toList();
    }

    static String foldKind(String word) {
        return word == null ? null : vn.gandan.shared.Texts.fold(word);
    }

    /**
     * The kind from the kind word ({@link DocKinds}: a decision is a QUYET_DINH, not a plan), else from a V/v subject
     * or the symbol; two issuers of a plan make it a joint plan.
     */
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

    static String trimEnd(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        String prev;
        do {
            prev = t;
            t = t.replaceFirst("(?:\\s*(?:[;:,]|\\.{1,3}|…|\\./\\.)\\s*)$", "").strip();
        } while (!t.equals(prev));
        return t;
    }
}
