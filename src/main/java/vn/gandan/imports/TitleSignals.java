package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The last word on a title (trích yếu) whichever step found it: explicit start and end decisions from structural
 * signals that hold for every shape a title arrives in (kind line, glued kind, V/v line, headline, news sentence,
 * one-line run), and an empty title when what was found is no title at all. Session 14: the rules of the steps
 * before fit the documents they were written for; on documents never seen, their titles failed mostly at the two
 * ends — a number, date or recipient phrase of the sentence left in front ("số 17 về việc …", "số 4726/BGDĐT-GDTC gửi
 * UBND các tỉnh … về việc …"), the body run on behind ("… (Dự thảo …) Chương I …", "… năm 2018 nhằm …", "… tỉnh.
 * Ủy ban nhân dân tỉnh ban hành …") — or a kind line, number line or list taken for the title.
 */
final class TitleSignals {

    /** The decision taken on one title: what was dropped in front, where it was cut, or why it was refused. */
    record Decision(String text, List<String> startCues, String endCue, String refusal, Named named) {
    }

    /**
     * The number, symbol and date of the document as the sentence in front of its subject gave them ("số 42/KH-UBND
     * ngày 5/3/2021 về …"): what a news sentence or headline names right before the subject is the document itself.
     */
    record Named(Integer number, String symbol, Extraction.DateParts date) {
        static final Named NONE = new Named(null, null, Extraction.DateParts.BLANK);
    }

    /** Leading pieces of the sentence that names a document, before its subject (each optional, in this order). */
    private static final List<Start> STARTS = List.of(
            new Start("bare number", Pattern.compile("(?u)^\\d{1,4}\\s+(?=(?:quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|bổ sung|thành lập|về)\\s)")), // s18: "Thông tư 04 quy định …" (a headline's number without "số")
            new Start("number", Pattern.compile("(?iu)^số\\s*:?\\s*\\d[\\p{L}\\d/.&\\-–]*(?:\\s+(?!V/v\\s)(?-i:\\p{Lu})[\\p{L}\\d&]*[/\\-][\\p{L}\\d/.&\\-–]*)?\\s+(?=\\S)")),
            new Start("document's year", Pattern.compile("(?iu)^năm\\s+\\d{4}\\s+(?=(?:về|V/v)\\s|(?-i:\\p{Lu}\\p{Ll}))")), // s24: a library's naming "Kế hoạch 163-KH/BTGDVTW năm 2025 Tổ chức …" (only after a number)
            new Start("own date", Pattern.compile("(?iu)^(?:ngày\\s+)?(?:\\d{1,2}\\s*[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*\\d{4}"
                    + "|\\d{1,2}\\s+tháng\\s+\\d{1,2}\\s+năm\\s+\\d{4}),?\\s+(?=\\S)")),
            new Start("kind word", Pattern.compile("^(?:kế hoạch|báo cáo|hướng dẫn|thông báo|chương trình|tờ trình|kết luận)\\s+(?=\\p{Ll})")),
            new Start("kind word before V/v", Pattern.compile("(?u)^(?:Kế hoạch|Báo cáo|Hướng dẫn|Thông báo|Chương trình|Tờ trình|Công văn|Phương án|Đề án"
                    + "|Quyết định)\\s+(?=(?:Về việc|V/v)\\s)")), // s25: a headline's "Phương án Về việc …" (never "Quy định về việc …", a subject's own head)
            new Start("kind line", Pattern.compile("^(?:KẾ HOẠCH|BÁO CÁO|BIÊN BẢN|HƯỚNG DẪN|THÔNG BÁO|CHƯƠNG TRÌNH|TỜ TRÌNH|QUYẾT ĐỊNH|QUY CHẾ"
                    + "|QUY ĐỊNH|NGHỊ QUYẾT|CÔNG VĂN)\\s*:?\\s+(?=\\p{Lu}\\p{Ll})")),
            new Start("recipients", Pattern.compile("(?iu)^gửi\\s+[^.;]{3,160}?\\s+(?=(?:về|v/v)\\s)")),
            new Start("issuer", Pattern.compile("(?u)^của\\s+(?:Chủ tịch|Thủ tướng|Giám đốc|Bộ trưởng|" + Issuers.UNIT_START.pattern() + ")[^.;]{0,120}?\\s+(?=(?:về|V/v|v/v)\\s)")),
            new Start("issued by", Pattern.compile("(?iu)^ban hành bởi\\s+[^.;]{3,120}?\\s+(?=(?:về|V/v)\\s)")), // s24: a page's "Nghị quyết số … ban hành bởi Tỉnh ủy X về …"
            new Start("issuer in capitals", Pattern.compile("(?u)^CỦA\\s+[^\\p{Ll}.;]{3,120}?\\s+(?=(?:về|VỀ|V/v|v/v)\\s)"))); // s19: "NGHỊ QUYẾT" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về …"

    /** Body cues inside a title: the title ends in front of them. */
    private static final List<End> ENDS = List.of(
            new End("base", Pattern.compile("\\s(?=Căn cứ\\s|Xét đề nghị\\s|Thực hiện\\s+(?:\\S+\\s+){0,3}?(?:số\\b|\\d+\\s*[/\\-])|Thực\\s+c[ôơ]ng\\s+văn\\s)")),
            new End("dashed rule", Pattern.compile("\\s*(?<![-_=])[-_=]{3,}(?=\\s|\\p{L}|$)")), // s19: a run onto one line keeps the rule under the title ("… đến năm 2020 ----- Lai Châu là …")
            new End("draft note", Pattern.compile("(?iu)\\s(?=\\(\\s*dự\\s+thảo\\b)")),
            new End("chapter or article", Pattern.compile("\\s(?=(?:Chương\\s+(?:I|1)|Điều\\s+1)\\s*[.:\\s])")),
            new End("salutation", Pattern.compile("\\s(?=Kính g[ửởở]i\\b)")),
            new End("purpose clause", Pattern.compile("(?u)(?<=\\S{2}[\\p{L}\\d”\")])\\s+(?=nhằm\\s)")),
            new End("enacting authority", Pattern.compile("(?u)\\.?\\s+"
                    + "(?=(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|(?:ỦY|UỶ|UY) BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN)\\s+\\p{Lu}[^,;()\\p{Ll}]{0,80}$)")),
            new End("principal's enacting line", Pattern.compile("(?u)(?<=[\\p{L}\\d])\\s+(?=(?:PHÓ\\s+)?HIỆU TRƯỞNG\\s+(?:PT\\s+|PHỤ TRÁCH\\s+)?TRƯỜNG\\s+[^,;()\\p{Ll}]{2,80}$)")), // s20: a deputy in charge ("PHÓ HIỆU TRƯỞNG PT TRƯỜNG …")
            new End("posting time", Pattern.compile("(?u)(?<=[\\p{L}\\d)]{2})\\s+(?=\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s+\\d{1,2}/\\d{1,2}/\\d{4})?$)")), // s20: a page's clock after the headline ("… Đoàn TNCS Hồ Chí Minh 11:34:49 17/11/2011")
            new End("sentence end", Pattern.compile("(?u)(?<=[\\p{Ll}\\d”\")]{2}[.])\\s+(?=\\p{Lu}\\p{Ll})(?!" + TitleTails.PERIOD_TO_END + ")")), // s21: "… tích cực”. Năm học 2019 – 2020"
            new End("connector clause", Pattern.compile("(?u)[,;]\\s*(?=(?:[tT]heo đó|[tT]rong đó|[qQ]ua đó|[đĐ]ồng thời|[tT]ừ đó|[vV]ới mục (?:đích|tiêu)|[vV]ới yêu cầu)(?:[\\s,:]|$)"
                    + "|(?:yêu cầu|đề nghị|chỉ đạo)\\s+(?:các|những|mọi|toàn thể|UBND|Ủy ban|Sở|Phòng|cơ quan|đơn vị|trường|địa phương)\\b)")),
            new End("announced list", Pattern.compile("(?iu),?\\s+(?=(?:cụ thể\\s+)?như sau\\s*:)")), // s18: "…, cụ thể như sau: Vào ngày …"
            new End("announced contents", Pattern.compile("(?iu),?\\s+(?=(?:với|gồm|bao gồm)\\s+(?:(?:những|các|một số)\\s+)?nội dung(?:\\s+(?:cụ thể|chính|chủ yếu))?"
                    + "\\s+(?:như\\s+)?sau\\b)")), // s19: "… năm 2019, với những nội dung cụ thể như sau:"
            new End("place and date", Pattern.compile("(?u)" + TitleTails.GLUED_PLACE_DATE)), // s21: "V/v: … năm 2010 Hà Nội ngày 30 tháng 3 năm 2010"
            new End("posting date", Pattern.compile("(?u)(?<!ngày|NGÀY|Ngày|[-–—])\\s+(?=" + HeaderShapes.POSTING + ")")), // s17: a weekday before it; s20: never a cited date ("… NĐ-CP NGÀY 14/02/2008"); s21: nor the end of a span ("20/11/1982- 20/11/2021")
            new End("download link", Pattern.compile("(?iu)\\s+(?=\\**\\s*(?:tải về|tải xuống|download)\\s*\\**$)")), // s24: a page's link glued to the headline ("… văn hoá **TẢI VỀ**")
            new End("duration in brackets", Pattern.compile("(?u)\\s*(?=\\(\\s*(?iu:từ)\\s+(?:(?iu:ngày)\\s+)?\\d{1,2}[^()]{0,40}?\\s(?iu:đến)\\s[^()]{0,40}?\\d{4}\\s*\\)\\s*$)")), // s25: "… LẦN THỨ XVI (Từ ngày 20/12/2009 đến ngày 30/03/2010)": when it runs, not what it is
            new End("annex note", Pattern.compile("(?iu)\\s(?=\\(\\s*(?:ban hành\\s+)?kèm\\s+theo\\b)")),
            new End("recipients after the subject", Pattern.compile("(?u)\\s(?=gửi\\s+(?:Thường trực|Ban Thường vụ|UBND|Ủy ban|Uỷ ban|Sở|Phòng|Hội|cơ quan|đơn vị|toàn thể"
                    + "|các\\s+(?:sở|Sở|phòng|Phòng|trường|đơn vị|cơ quan|địa phương|huyện|xã|ban|ngành|cơ sở|tỉnh|Hội|Ủy ban|UBND))(?![\\p{L}]))")),
            new End("issuing tail", Pattern.compile("(?iu)\\s(?=do\\s+(?:Bộ trưởng|Thủ tướng|Chủ tịch|Ủy ban|Uỷ ban|UBND|Hội đồng|Chính phủ|Giám đốc"
                    + "|Tổng cục trưởng|Cục trưởng)\\b[^,;.]{0,100}\\s(?:ký\\s+)?ban hành$)")));

    /**
     * A relayed document's directive rather than its subject: a news sentence that names a letter by what it orders
     * ("Công văn số 1520/SGDĐT-VP yêu cầu các trường …", "văn bản … chỉ đạo các sở …") gives no trích yếu — the
     * document's own subject is not in the sentence, so none is given (the corpus gold leaves those titles empty).
     */
    private static final Pattern DIRECTIVE = Pattern.compile("(?u)^(?:yêu cầu|đề nghị|chỉ đạo|cho phép|đôn đốc)\\s+(?:các|những|mọi|toàn thể"
            + "|thủ trưởng|UBND|Ủy ban|Sở|Phòng|cơ quan|đơn vị|trường|địa phương|học sinh|phụ huynh)\\b");

    /** The council's term and session under its name ("KHÓA IX, KỲ HỌP THỨ BA"): the enacting body's line, never a title. */
    private static final Pattern SESSION_LINE = Pattern.compile("(?iu)^(?:(?:HỘI ĐỒNG NHÂN DÂN|HĐND)\\s+[^,]{0,60}\\s+)?KHÓA\\s+[IVXLC\\d]+\\s*[,\\-–]?"
            + "\\s*(?:KỲ HỌP\\s+(?:THỨ\\s+)?[\\p{L}\\d]+(?:\\s+\\(?[\\p{L}\\s]+\\)?)?)?\\s*$");

    /** The national motto under the state's name, in any case and with any dash. */
    private static final Pattern MOTTO = Pattern.compile("(?iu)^(?:(?:Độc lập\\s*[-–—]\\s*)?Tự\\s+)?do\\s*[-–—]\\s*Hạnh\\s+phúc$|^Độc lập\\s*[-–—]\\s*Tự(?:\\s+do)?$");

    private static final Pattern KIND_ONLY = Pattern.compile("(?iu)^(?:\\(?dự\\s+thảo\\)?\\s*)?(?:kế hoạch|báo cáo|quyết định|"
            + "công văn|thông báo|hướng dẫn|chỉ thị|nghị quyết|chương trình|tờ trình|quy chế|quy định|thông tư|kết luận)\\s*:?$");
    private static final Pattern NUMBER_LINE = Pattern.compile("(?iu)^(?:[•·*\\-–]\\s*)?số\\s*:?\\s*\\d+\\s*[\\-/ ]?\\s*\\p{Lu}{2,}.*");

    /** A body sentence taken for a title: an article, a base, a salutation, "<kind> này …" (the document speaking of itself). */
    private static final Pattern BODY_START = Pattern.compile("(?iu)^(?:Điều\\s+\\d+\\s*[.:]|Căn cứ\\b|Kính gửi\\b|(?:Pháp lệnh|Luật|Nghị định|"
            + "Thông tư|Quyết định|Kế hoạch|Quy chế|Quy định|Nghị quyết|Chỉ thị)\\s+này\\b)");

    /** Session 19: a title given wholly in quotation marks ("QUYẾT ĐỊNH" / "“V/v Phân công nhiệm vụ …”"), none inside it. */
    private static final Pattern QUOTED_SUBJECT = Pattern.compile("^[“\"]([^“”\"]{8,})[”\"]$");

    /** Session 18: a V/v subject given wholly in brackets under the kind line ("TỜ TRÌNH" / "(V/v Đề nghị …)"). */
    private static final Pattern BRACKETED_SUBJECT = Pattern.compile("(?iu)^\\(\\s*((?:V/v|về việc|về)\\s[^()]+?)\\s*\\)$");

    /**
     * Session 24: the whole title wrapped in brackets under the kind line ("QUYẾT ĐỊNH" / "(Ban hành Quy định về công tác kiểm
     * tra …)"): the brackets are no part of it. One pair, nothing outside it, none inside.
     */
    private static final Pattern BRACKETED_WHOLE = Pattern.compile("(?u)^\\(\\s*(\\p{L}[^()]{14,}?)\\s*\\)$");

    /**
     * Session 24: the kind word in front of the document's number and symbol, "số" left out ("Kế hoạch 1590/KH-SGD&ĐT ngày …
     * về việc …", "Công văn 69-CV/BTGDVTU năm 2025 về …"): the identity a post's headline or a library's naming gives before
     * the subject. Only a number with its symbol follows, so a kind word before a year or a count is left alone.
     */
    private static final Pattern KIND_BEFORE_NUMBER = Pattern.compile("(?iu)^(?:kế hoạch|công văn|báo cáo|hướng dẫn|thông báo|chương trình"
            + "|quyết định|nghị quyết|chỉ thị|kết luận|thông tư|quy chế|quy định|tờ trình|đề án|công điện|thông tri)"
            + "(?:\\s+(?:liên tịch|phối hợp|hành động))?\\s+(?:số\\s*:?\\s*)?(?=\\d{1,6}\\s*[/\\-–]\\s*(?-i:\\p{Lu}))");

    /**
     * Session 18: the body's opening sentence taken for a title where a library lost the kind line and title: a base
     * ("Thực hiện / Triển khai <kind> số …") run on to its own main clause (", UBND tỉnh xây dựng kế hoạch … như sau").
     */
    private static final Pattern BASE_SENTENCE = Pattern.compile("(?u)^(?:Thực hiện|Triển khai|Căn cứ)\\s+\\S+(?:\\s+\\S+)?\\s+số\\s.{0,400}?,\\s*"
            + "(?:" + Issuers.UNIT_START.pattern() + ")[^,.;]{0,80}?\\s(?:(?:đã|vừa|sẽ)\\s+)?(?:xây dựng|ban hành|triển khai|thông báo|hướng dẫn|báo cáo|lập)\\s");

    /** Session 18: the body's opening sentence under a date cell ("Ngày 24 tháng 4 năm 2019 tại Trụ sở Chính phủ, Thủ tướng … đã chủ trì …"). */
    private static final Pattern NARRATIVE = Pattern.compile("(?u)^tại\\s+\\p{Lu}[^,]{0,80},");
    /** Session 18: a verb of carrying out with no object ("triển khai thực hiện"). */
    private static final Pattern VERB_ONLY = Pattern.compile("(?iu)^(?:(?:triển khai|thực hiện|tổ chức|hướng dẫn|ban hành)\\s*)+$");

    /** Session 16: a document library's line under its headline ("Chia sẻ: … | Ngày: | Loại File: DOC | Số trang:7"). */
    private static final Pattern PAGE_CHROME = Pattern.compile("(?iu)^(?:(?:Chia sẻ|Đăng bởi|Loại file|Số trang|Lượt tải|Tải xuống|Download)\\s*:"
            + "|(?:Tài liệu|Tập tin|File) đính kèm\\s*\\|)"); // s18: a portal's attachment row ("Tài liệu đính kèm | Tải về tại đây | …")

    /** Session 16: what a news sentence named after the number was only its issuer ("Công văn số 381/SGDĐT-VP ngày … của Sở …"). */
    private static final Pattern ISSUER_ONLY = Pattern.compile("(?u)^của\\s+(?:Chủ tịch|Thủ tướng|Giám đốc|Bộ trưởng|"
            + Issuers.UNIT_START.pattern() + ")(?!.*\\s(?:về|V/v|v/v)\\s).*");

    private record Start(String cue, Pattern pattern) {
    }

    private record End(String cue, Pattern pattern) {
    }

    private TitleSignals() {
    }

    /** The title as it should be given, or null with the refusal when what was found is no title. */
    static Decision bound(String found) {
        return bound(found, false);
    }

    /**
     * Session 24: the subject of a document a sentence names as another kind than a guidance, opening with "hướng dẫn" ("văn
     * bản số 391-CV/ĐU hướng dẫn nội dung tuyên truyền …"): the word is the subject's own verb, kept. Where the named kind or the
     * symbol's kind part says the document is a guidance ("văn bản số 71-HD/BTGTW hướng dẫn việc …"), it is the kind word, dropped.
     */
    static Decision boundVerbLed(String found, String namedKind, String symbol) {
        boolean verb = found != null && GUIDES.matcher(found.strip()).lookingAt() && (namedKind == null || !GUIDANCE.matcher(namedKind.strip()).matches())
                && (symbol == null || !GUIDANCE_SYMBOL.matcher(symbol.strip()).lookingAt());
        return bound(found, verb);
    }

    private static final Pattern GUIDES = Pattern.compile("(?u)^hướng dẫn\\s+\\p{Ll}");
    private static final Pattern GUIDANCE = Pattern.compile("(?iu)hướng dẫn");
    private static final Pattern GUIDANCE_SYMBOL = Pattern.compile("(?iu)^(?:HD|HDLT|HDLN)(?![\\p{L}])");

    private static Decision bound(String found, boolean verbLed) {
        if (found == null || found.isBlank()) {
            return new Decision(null, List.of(), null, "none found", Named.NONE);
        }
        String t = halfRepeated(found.replaceAll("\\s\\p{M}+(?=\\s|$)", "").replaceAll("\\s+", " ").strip());
        t = BRACKETED_SUBJECT.matcher(t).replaceFirst("$1"); // s18: "(V/v Đề nghị …)" under the kind line
        t = QUOTED_SUBJECT.matcher(t).replaceFirst("$1"); // s19: "“V/v Phân công nhiệm vụ …”" under the kind line
        t = BRACKETED_WHOLE.matcher(t).replaceFirst("$1"); // s24: "(Ban hành Quy định về …)" under the kind line
        List<String> starts = new java.util.ArrayList<>();
        Named named = Named.NONE;
        Matcher identity = KIND_BEFORE_NUMBER.matcher(t);
        if (identity.lookingAt()) { // s24: a post's headline "Kế hoạch 1590/KH-SGD&ĐT ngày 23/9/2016 về việc …": read on as "số …"
            t = "số " + t.substring(identity.end());
            starts.add("kind before its number");
        }
        for (Start s : STARTS) {
            Matcher m = s.pattern().matcher(t);
            if (s.cue().equals("document's year") && !starts.contains("number") || verbLed && s.cue().equals("kind word")) {
                continue;
            }
            if (m.lookingAt() && m.end() < t.length()) {
                named = TitleNamed.add(named, s.cue(), t.substring(0, m.end()));
                t = t.substring(m.end());
                starts.add(s.cue());
            }
        }
        String endCue = null;
        int cut = t.length();
        for (End e : ENDS) {
            Matcher m = e.pattern().matcher(t);
            boolean hit = m.find();
            while (hit && e.cue().equals("enacting authority") && TitlePhrase.awaits(t.substring(0, m.start()))) {
                hit = m.find(); // s22: a body's or office's name inside an open phrase is the phrase's own
            }
            if (hit && m.start() >= 12 && m.start() < cut && (!e.cue().equals("principal's enacting line")
                    || t.substring(0, m.start()).codePoints().anyMatch(Character::isLowerCase))) { // in a title in capitals, a principal is its subject
                cut = m.start();
                endCue = e.cue();
            }
        }
        int body = capitalsThenSentence(t);
        if (body >= 12 && body < cut) {
            cut = body;
            endCue = "capitals title, then a sentence";
        }
        int runOn = TitleRunOn.cut(t.substring(0, cut)); // s25: "… lần thứ III Kế hoạch 90/KH-LT", "… 2026 – 2031 BAN THƯỜNG TRỰC … XÃ …": the header's line run on
        if (runOn >= 12) {
            cut = runOn;
            endCue = "header line run on";
        }
        t = Extractor.trimEnd(t.substring(0, cut));
        t = TitleTails.withoutBullet(t); // s21: "… Liên đội - Căn cứ …" (the body's first bullet, cut here or where the title was collected)
        String refusal = refusal(t);
        return new Decision(refusal == null ? t : null, List.copyOf(starts), endCue, refusal, named);
    }

    private static final Pattern CAPITALS_WORD = Pattern.compile("(?u)[^\\p{Ll}\\s]+");
    private static final Pattern SENTENCE_WORD = Pattern.compile("(?u)\\p{Lu}\\p{Ll}+");

    /**
     * Session 16: a title in capitals run on into the body's first sentence, no line apart ("… TỈNH BÌNH PHƯỚC Năm học
     * 2016-2017, toàn ngành Giáo dục … đã triển khai …"): where four or more words in capitals are followed by a capitalised
     * word that opens a run of ten or more words in running case with a comma or full stop in it, the title ends in
     * front of that word. A short running-case tail ("… NĂM HỌC 2016-2017 Trường THCS An Phú") stays. -1 when none.
     */
    static int capitalsThenSentence(String t) {
        String[] words = t.split(" ");
        int at = 0;
        int caps = 0;
        for (int i = 0; i < words.length; i++) {
            if (CAPITALS_WORD.matcher(words[i]).matches()) {
                caps++;
                at += words[i].length() + 1;
                continue;
            }
            if (caps < 4 || !SENTENCE_WORD.matcher(words[i].replaceAll("[,.;:]+$", "")).matches() || words.length - i < 10) {
                return -1;
            }
            String tail = String.join(" ", java.util.Arrays.asList(words).subList(i, words.length));
            long lower = java.util.Arrays.stream(words, i, words.length).filter(w -> !w.isEmpty() && Character.isLowerCase(w.codePointAt(0))).count();
            return tail.matches("(?s).*[\\p{L}\\d][,.]\\s.*") && lower * 2 >= words.length - i ? at : -1;
        }
        return -1;
    }

    /** A title given twice in a row ("A A", a headline over its own kind line) is given once. */
    private static String halfRepeated(String t) {
        int mid = t.length() / 2;
        return t.length() % 2 == 1 && t.charAt(mid) == ' ' && t.substring(0, mid).equals(t.substring(mid + 1)) ? t.substring(0, mid) : t;
    }

    /** Why {@code t} is no title: a kind line alone, a number line, a list of documents, or a page of body text. */
    static String refusal(String t) {
        if (t == null || t.isEmpty()) {
            return "empty";
        }
        if (KIND_ONLY.matcher(t).matches()) {
            return "kind line";
        }
        if (BODY_START.matcher(t).lookingAt() || BASE_SENTENCE.matcher(t).lookingAt() || NARRATIVE.matcher(t).lookingAt()) {
            return "body sentence";
        }
        if (PAGE_CHROME.matcher(t).lookingAt() || t.split("\\s\\|\\s").length >= 3 && t.matches("(?s)(?:[^|]*\\p{L}\\s*:[^|]*\\|){2,}.*")) {
            return "page chrome";
        }
        if (ISSUER_ONLY.matcher(t).matches()) {
            return "issuer only";
        }
        if (DIRECTIVE.matcher(t).lookingAt()) {
            return "directive";
        }
        if (MOTTO.matcher(t).matches()) {
            return "motto"; // s19: the motto broken over lines ("Độc lập – Tự" / "do – Hạnh phúc") read where a title stood
        }
        if (SESSION_LINE.matcher(t).matches()) {
            return "council session";
        }
        if (HeaderShapes.enactingLineOnly(t)) {
            return "enacting authority"; // s17: "CHỦ TỊCH UỶ BAN NHÂN DÂN TỈNH X" under a header whose kind line and title were lost
        }
        if (VERB_ONLY.matcher(t).matches()) {
            return "no subject"; // s18: "ban hành Kế hoạch triển khai thực hiện như sau": what is carried out is not named
        }
        if (NUMBER_LINE.matcher(t).matches()) {
            return "number line";
        }
        if (t.chars().filter(c -> c == '•').count() >= 2) {
            return "list of documents";
        }
        if (TitleQualifiers.fragment(t)) {
            return "fragment"; // s20: one word, a copy cut inside the title ("THÔNG TƯ LIÊN TỊCH" / "HƯỚN" and the text ends)
        }
        return t.length() > 420 ? "body text" : null;
    }
}
