package vn.gandan.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        Bases.Result cited = s.cited();
        HeaderFields f = HeaderFields.of(s, titleDecision(s), issuers(s));
        f = s.units().isEmpty() ? SymbolOrgan.filled(f, d) : f; // s25: the symbol's organ part, spelled by a name the text writes in full
        String title = TitleChooser.chosen(s, f.title()); // s23: the learned choice among the title's candidates, when switched on
        title = RecordLabels.cutAtLabel(title); // s25: a title run on into a record's label rows, cut where the label starts
        RecordLabels.Record record = RecordLabels.read(d.lines); // s25: a record's "|" rows read by their labels' words, where the extractor abstains
        boolean unnumbered = f.number() == null && f.symbol() == null;
        Integer number = !unnumbered ? f.number() : record.number() != null ? record.number() : RecordLabels.bareNumber(d.lines);
        String symbol = unnumbered && record.number() != null ? record.symbol() : f.symbol();
        IdentityLine.Identity named = number == null && symbol == null && !h.numbered() ? IdentityLine.of(d.lines) : null;
        number = named != null ? Integer.valueOf(named.number()) : number; // s26: a line holding only the naming ("Kế hoạch 90/KH-LT", "(Trích báo cáo số 84/BC-TTT …)")
        symbol = named != null ? named.symbol() : symbol;
        SymbolCell.Cell cell = symbol == null ? SymbolCell.read(text) : null; // s28: the identity line's symbol read by its grammar behind a garbled number cell
        number = cell != null && number == null ? cell.number() : number;
        symbol = cell != null ? cell.symbol() : symbol;
        Extraction.DateParts date = (f.date() == null || f.date().year() == null) && record.date() != null ? record.date() : f.date();
        date = h.dated() ? date : IdentityDate.filled(date, number, symbol, d.paras); // s26: the date the text writes for its own number, after it or opening the clause issuing it
        Extraction.Period period = f.period() == null && title == null && record.title() != null // the record's subject names its period too
                ? Periods.of(record.title(), "", date == null ? null : date.year(), new LinkedHashMap<>()) : f.period();
        title = title == null ? record.title() : title;
        List<String> issuers = FinalTrim.issuers(f.issuers(), d, title, symbol); // s26: the final names cut where a body's name ends, a partner that only took part left out
        issuers = SpelledOrgan.fullest(issuers, d); // s26: an organ's standard abbreviation ("UBND tỉnh") as the text spells the same name
        issuers = s.units().isEmpty() ? NamedAuthor.filled(issuers, d) : issuers; // s28: where no step named one, the body a lead's named document is "của" ("Thực hiện Kế hoạch số 17 … của Đảng bộ phường X về …")
        LeftColumn.Named column = LeftColumn.mended(issuers, f.parent(), text); // s28: a scanned header's left column (parent over issuer, the motto's cells cut off) where the issuers are empty, run together or swapped
        issuers = column.issuers();
        LeftColumn.Column markless = issuers == null || issuers.isEmpty() ? MarklessColumn.read(text) : LeftColumn.NONE; // s29: a mark-less OCR layer's column, written back with its marks
        issuers = markless.issuer() != null ? List.of(markless.issuer()) : issuers;
        String parent = column.parent() == null && markless.issuer() != null ? markless.parent() : column.parent();
        title = TitleDebris.trimmed(FinalTrim.title(title, f.kind())); // s27: a scan's run-on tail (the other column's motto, stamp debris); s26: the final title without a page's chrome, an identity before its subject, its own kind word
        String celled = SubjectCell.mended(title, text); // s29: a scan's "V/v" / "Về việc" cell beside the place-date cell, where no title, only its tail or the kind line was read
        if (!java.util.Objects.equals(celled, title)) {
            title = TitleDebris.trimmed(FinalTrim.title(celled, f.kind()));
            period = period != null ? period : Periods.of(title, "", date == null ? null : date.year(), new LinkedHashMap<>());
        }
        List<Integer> sections = Outline.sectionLines(d, 0);
        Map<String, Double> conf = new LinkedHashMap<>(f.confidence());
        conf.put("bases", cited.bases().isEmpty() ? 0.4 : 0.85);
        conf.put("citations", cited.citations().isEmpty() ? 0.4 : 0.85);
        conf.put("sections", sections.isEmpty() ? 0.5 : 0.85);
        List<Extraction.Task> tasks = Outline.tasks(d, sections, h.titleLine() + 1, "BAO_CAO".equals(f.kind()));
        conf.put("tasks", tasks.isEmpty() ? 0.4 : 0.75);
        List<Extraction.Deadline> deadlines = "BAO_CAO".equals(f.kind()) ? List.of() : Deadlines.of(d);
        conf.put("report_deadlines", deadlines.isEmpty() ? 0.5 : 0.7);
        List<String> recipients = Closing.recipients(d);
        conf.put("recipients", recipients.isEmpty() ? 0.5 : 0.9);
        List<Extraction.Signer> signers = Closing.signers(d);
        conf.put("signers", signers.isEmpty() ? 0.4 : 0.85);
        boolean scanned = OcrTraits.of(text).scanned(); // s29: a scan's OCR traits, read once for the readers that mend a scan's values
        return BodyEchoSpelling.corrected(OcrSpelling.corrected(new Extraction(fileName, f.kind(), number, symbol, SymbolCell.placeAfter(PlaceCell.read(f.place(), text, scanned), cell), // s28: the identity line's place cell after the symbol; a scan's one-letter misread of the header's locality; a place that swallowed the symbol read behind a garbled number
                date, issuers, parent, title, period, cited.bases(), baseTexts(cited.texts(), title), cited.citations(),
                sections.stream().map(i -> Outline.sectionName(d, i)).toList(), tasks, deadlines, recipients, signers, conf,
                Outline.parts(d, h.titleLine() + 1)), scanned), text, scanned); // s27: a scan's OCR misread marks in the header values, on strong evidence; s28: a scanned title's syllables as its own body spells them
    }

    /**
     * What every later step reads: the text's lines (after the copy's repairs), its header block or else the page's headline,
     * the citations, the page's metadata, the issuer column, an annex naming the document, the text's marked word pairs.
     */
    record Source(TextLines d, HeaderBlock.Header h, WebHeadline.Headline web, Bases.Result cited, PageMetadata.Meta meta,
                  List<String> units, String headerSymbol, HeaderGaps.Annex annex, CopyNoise.Marks marks) {
    }

    static Source source(CharSequence text) {
        TextLines d = new TextLines(WrappedLines.joined(ShapeNormaliser.normal(FieldRepairs.unescaped(FrontMatter.without(text))))); // s19: a copy with its breaks as "\r\n" escapes; a page's chrome; s24: a static site's front-matter record
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
    static TitleSignals.Decision titleDecision(Source s) {
        TextLines d = s.d();
        HeaderBlock.Header h = s.h();
        WebHeadline.Headline web = s.web();
        PageMetadata.Meta meta = s.meta();
        TitleSignals.Decision bounded = web != null ? TitleSignals.boundVerbLed(web.title(), web.kindWord(), web.symbol()) // s24: "văn bản số … hướng dẫn …" keeps its verb
                : h.title() != null ? TitleSignals.bound(h.title()) : ownNumbered(TitleSignals.bound(WebHeadline.subject(d)), h);
        if (web == null && h.title() != null && bounded.text() == null) {
            TitleSignals.Decision headline = ownNumbered(TitleSignals.bound(WebHeadline.subject(d)), h); // the header's line was no title: the page's headline may give it
            bounded = headline.text() != null ? headline : bounded; // else the number and date the refused line named still hold (s16)
        }
        String completed = web == null && h.title() != null && bounded.text() != null ? HeadlineLead.completed(bounded.text(), h, d.paras) : null;
        if (completed != null && !completed.equals(bounded.text())) { // s25: a news headline taken for the kind line, its lead naming the subject in full
            TitleSignals.Decision lead = TitleSignals.bound(completed);
            bounded = lead.text() == null ? bounded : new TitleSignals.Decision(lead.text(), bounded.startCues(), lead.endCue(), null, bounded.named());
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
        String notice = bounded.text() == null && h.title() == null && !h.numbered() && !h.dated() && h.units().isEmpty()
                && (web == null || web.number() == null && web.symbol() == null) ? TitleNotice.subject(d.paras) : null;
        if (notice != null) { // s26: "… vừa có thông báo về …": the subject of an unnumbered document the lead tells of
            TitleSignals.Decision told = TitleSignals.bound(notice);
            bounded = told.text() == null ? bounded : new TitleSignals.Decision(told.text(), told.startCues(), told.endCue(), null, bounded.named());
        }
        TitleLines.Schedule schedule = h.numbered() ? null : TitleLines.schedule(d.lines);
        if (schedule != null && TitleLines.scheduleWins(bounded.text(), schedule, web != null && web.number() != null)) { // s19: a schedule's own line
            TitleSignals.Decision own = TitleSignals.bound(schedule.title());
            bounded = own.text() == null ? bounded : new TitleSignals.Decision(own.text(), own.startCues(), own.endCue(), null, bounded.named());
        }
        return bounded;
    }

    /**
     * Session 24: a sentence that enacts a document by another number than the header's ("Ủy ban nhân dân thành phố đã ban hành
     * Kế hoạch số 7558/KH-UBND … triển khai …" in the body of a report numbered 186) names another document: no title of this one.
     */
    private static TitleSignals.Decision ownNumbered(TitleSignals.Decision found, HeaderBlock.Header h) {
        Integer named = found.named().number();
        return h.number() != null && named != null && !h.number().equals(named)
                ? new TitleSignals.Decision(null, found.startCues(), null, "another document's number", TitleSignals.Named.NONE) : found;
    }

    /** The issuers and their superior: the header's column (or the headline's), then each refinement in turn. */
    static IssuerSignals.Decision issuers(Source s) {
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
        who = web == null ? BoardNames.named(who, units, d) : who; // s24: a standing board heading its organisation's header, named as the text names it
        who = FullestForm.complete(who, web == null && !units.isEmpty(), web == null ? h.place() : null, d); // s19: abbreviations spelled out by the body acting, a news subject's board
        who = web == null ? EnactingOrgan.filled(who, d) : who; // s24: a collective body's enacting line above its bases, when nothing else named the issuer
        who = FullerNames.complete(who, d); // s22: an abbreviation spelled by the text's words, an organ's level with its one place, two header lines run together
        who = HeaderUnits.tidy(who); // s19: debris around a chosen name
        who = marks.reaccented(ShapeNormaliser.withoutHeading(who)); // s20: "PHÒNG … I. MỤC ĐÍCH" from a header laid on one line; "THỊ TRẤN HUONG SON"
        who = IssuerNames.judged(who, d); // s22: every name parsed by the grammar of a body's name; s25: the text tells where a name that runs on ends
        who = PageMetadata.weigh(who, meta); // s21: the metadata's issuer where the text names none, or the organ-only cell's fuller name
        who = units.isEmpty() ? LeadIssuer.filled(who, d) : who; // s25: a news lead's body issuing the document, when nothing else named one
        who = units.isEmpty() ? JointParties.filled(who, d) : who; // s26: a joint document's parties named by its signing or "giữa A và B"
        return who;
    }

    /** The bases as worded in the source, without the title when it too opens with "Thực hiện …". */
    private static List<String> baseTexts(List<String> texts, String title) {
        String t = vn.gandan.shared.Texts.fold(title);
        return texts.stream().filter(x -> !vn.gandan.shared.Texts.fold(x).equals(t)).toList();
    }

    static String foldKind(String word) {
        return word == null ? null : vn.gandan.shared.Texts.fold(word);
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
