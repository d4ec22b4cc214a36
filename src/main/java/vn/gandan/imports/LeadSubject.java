package vn.gandan.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 28: the subject of the document a news item's lead sentence opens with, when the sentence goes on to tell what
 * was done (gold convention 10) and the extractor left the title empty — "Thực hiện Kế hoạch giám sát, phản biện xã hội
 * … năm 2019, Ủy ban MTTQ huyện X vừa chủ trì …", "Thực hiện Kế hoạch của Đảng ủy, UBND xã X về tổ chức Đại hội …, xã X
 * đã triển khai …", "(ABC) – Báo cáo kết quả về công tác … đến tháng 6/2023, cho thấy …". A grammar with open slots: an
 * optional bracketed source and dash, an optional short adverbial ("Trong thời gian qua, "), a base ("Thực hiện",
 * "Triển khai", "Theo") or none (then the kind word opens the sentence in capitals), a kind word, optionally "số" and a
 * number, the mention's own date and its body ("của …" up to "về"), then the subject — a "về …" phrase or a phrase opening
 * in small letters. The subject stops where the sentence's own clause starts: a comma and a subject head (a body's head word,
 * "các …", an administrative or school noun with its name) whose clause tells an act ("đã", "vừa", "đang" …); a comma and a
 * finding verb ("cho thấy", "nêu rõ"); or, without a comma, a school or commune named with its act right after a year
 * ("… năm học 2017-2018 trường Mẫu giáo X đã tổ chức …"). Without such an end the reader abstains.
 */
final class LeadSubject {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** The mention as read: the kind word, its number if written (else null) and the subject, cut at the lead's own clause. */
    record Reading(String kindWord, Integer number, String title) {
    }

    /** Opening, base, kind word, number, date, body and the run of text the subject starts. */
    private static final Pattern LEAD = Pattern.compile("^(?:\\([^()\\n]{1,24}\\)\\s*[-–—]\\s*)?"
            + "(?:(?:trong|thời gian|những năm|qua)[^,.;:\\n]{0,40},\\s*)?"
            + "((?:thực hiện|triển khai thực hiện|triển khai|theo)\\s+)?"
            + "(" + KindWords.ANY + ")"
            + "(?:\\s+số\\s*:?\\s*(\\d{1,5})[^\\s,]*)?"
            + "(?:\\s*,?\\s*ngày\\s+\\d{1,2}(?:\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}|\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}))?"
            + "(?:\\s*,?\\s+của\\s+[^.;:]{2,120}?(?=\\s+về\\s))?"
            + "\\s+((?:về\\s|(?-i:\\p{Ll})).*)$", CI);
    /** The head of the sentence's own subject after a comma: a body, "các …", an administrative or school noun and its name. */
    private static final String SUBJECT_HEAD = "(?:(?-i:" + Issuers.UNIT_START.pattern() + ")|các\\s|nhà trường\\s"
            + "|(?:xã|phường|thị trấn|huyện|quận|tỉnh|thành phố|trường)\\s+(?-i:\\p{Lu}))";
    /** A told act in the sentence's own clause. */
    private static final Pattern ACT = Pattern.compile("\\s(?:đã|vừa|đang|mới|sẽ|tiếp tục)\\s", CI);
    private static final Pattern CLAUSE = Pattern.compile(",\\s+(?=" + SUBJECT_HEAD + ")", CI);
    private static final Pattern FINDING = Pattern.compile(",\\s+(?:cho thấy|chỉ rõ|nêu rõ|khẳng định)(?![\\p{L}])", CI);
    /** Without a comma: a year, then a school or commune named with its act. */
    private static final Pattern NAMED_ACTOR = Pattern.compile("(?<=\\d{4})\\s+(?=(?:trường|xã|phường)\\s+(?-i:\\p{Lu})[^,.;]{0,60}?\\s(?:đã|vừa)\\s)", CI);
    /**
     * The lead's own clause acts on a document of its own ("…, Sở X vừa ban hành kế hoạch …", "…, Chi đoàn Y xây dựng và thực
     * hiện kế hoạch …"): the item is about that one, not the one it carries out.
     */
    private static final Pattern OWN_DOCUMENT = Pattern.compile("(?:ban hành|xây dựng|ký|lập|có)\\s+(?:và\\s+\\p{Ll}+(?:\\s+\\p{Ll}+)?\\s+)?(?:"
            + KindWords.ANY + ")(?![\\p{L}])", CI);
    /** The sentence's end: a stop before a capital, or ";" / ":". */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.(?=\\s+\\p{Lu})|[;:]|\\.\\s*$");
    /** A paragraph of running text (a sentence's stop at its end; a headline has none): the lead, the search stops there. */
    private static final Pattern RUNNING = Pattern.compile("(?s).*[.;:!?…]\\s*$");

    private LeadSubject() {
    }

    /** The first lead paragraph (within the first ones) opening with a mention whose subject ends at the lead's own clause. */
    static Reading read(List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), 8); i++) {
            String para = paras.get(i).strip();
            String run = run(paras, i);
            Matcher m = LEAD.matcher(run);
            if (m.matches()) {
                return reading(m);
            }
            if (para.split("\\s+").length >= 12 && RUNNING.matcher(para).matches()) {
                return null; // the lead is running text naming no document at its start
            }
        }
        return null;
    }

    /**
     * The paragraph with the ones that go on its sentence: a line wrapped by the page's editor goes on in small letters, a
     * dash, a bracket or a figure ("(19/8/1945" / "– 19/8/2025), …"); a paragraph opening in capitals is a new one.
     */
    static String run(List<String> paras, int i) {
        StringBuilder b = new StringBuilder(paras.get(i).strip());
        for (int k = i + 1; k < Math.min(paras.size(), i + 6) && b.length() < 2000; k++) {
            String next = paras.get(k).strip();
            if (next.isEmpty() || Character.isUpperCase(next.charAt(0)) || RUNNING.matcher(b).matches()) {
                break;
            }
            b.append(' ').append(next);
        }
        String run = b.toString().replaceAll("\\s+", " ").strip();
        return run.length() > 2000 ? run.substring(0, 2000) : run;
    }

    private static Reading reading(Matcher m) {
        String kind = m.group(2);
        if (m.group(1) == null && !Character.isUpperCase(kind.charAt(0))) {
            return null; // without a base the kind word opens the sentence
        }
        String rest = m.group(4);
        Matcher end = SENTENCE_END.matcher(rest);
        String sentence = end.find() ? rest.substring(0, end.start()) : rest;
        int cut = cut(sentence);
        if (cut < 0 || OWN_DOCUMENT.matcher(sentence.substring(cut)).find()) {
            return null;
        }
        String title = sentence.substring(0, cut).replaceAll("[\\s,;:–-]+$", "").strip();
        int words = title.split("\\s+").length;
        if (words < 3 || words > 60) {
            return null;
        }
        return new Reading(kind, m.group(3) == null ? null : HeaderBlock.num(m.group(3)), title);
    }

    /** Where the subject stops: the first comma before the sentence's own clause, a finding, or a named actor; else -1. */
    static int cut(String sentence) {
        Matcher c = CLAUSE.matcher(sentence);
        while (c.find()) {
            if (ACT.matcher(sentence.substring(c.end())).find()) {
                return c.start();
            }
        }
        Matcher f = FINDING.matcher(sentence);
        if (f.find()) {
            return f.start();
        }
        Matcher a = NAMED_ACTOR.matcher(sentence);
        return a.find() ? a.start() : -1;
    }

    /** Fills an empty title of a text without a header identity with the lead mention's subject. */
    static HeaderFields filled(HeaderFields f, Extractor.Source s) {
        HeaderBlock.Header h = s.h();
        if (f.title() != null || h.numbered() || h.dated() || !h.units().isEmpty()) {
            return f;
        }
        Reading r = read(s.d().paras);
        if (r == null || r.number() != null && f.number() != null && !r.number().equals(f.number())) {
            return f;
        }
        TitleSignals.Decision bounded = TitleSignals.bound(r.title());
        if (bounded.text() == null) {
            return f;
        }
        Map<String, Double> conf = new LinkedHashMap<>(f.confidence());
        conf.put("title", 0.3);
        return new HeaderFields(f.kind(), f.number(), f.symbol(), f.place(), f.date(), f.issuers(), f.parent(), bounded.text(), f.period(), conf);
    }
}
