package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.Extraction.Deadline;
import vn.gandan.shared.Texts;

/**
 * Scheduled reports: a sentence that speaks of reporting with a due date ("trước ngày 15/6", "vào ngày …", "trước
 * ngày 15 của tháng cuối quý") or a named period ("Báo cáo năm …"); onward roll-ups ("để tổng hợp") are left out.
 */
final class Deadlines {

    private static final Pattern DEADLINE = Pattern.compile(
            "(trước|vào|đến|chậm nhất)(?:\\s+ngày)?\\s+(\\d{1,2})(?:\\s*[/\\-.]\\s*(\\d{1,2})(?:\\s*[/\\-.]\\s*(\\d{4}))?"
                    + "|\\s+tháng\\s+(\\d{1,2})(?:\\s+năm\\s+(\\d{4}))?|\\s+(?:của\\s+)?tháng\\s+cuối\\s+quý)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern RECIPIENT = Pattern.compile("(?:gửi về|gửi|về)\\s+(" + Issuers.UNIT_START.pattern()
            + "[^,;.(]*?(?:\\s*\\([^)]*\\))?)(?=\\s+(?:để|vào|trước|qua|theo|trong)\\b|[,;.]|$)");

    private Deadlines() {
    }

    static List<Deadline> of(TextLines d) {
        List<Deadline> out = new ArrayList<>();
        for (String p : d.paras) {
            if (!Folding.containsAny(p, "bao cao", "dinh ky")) {
                continue;
            }
            for (String clause : p.split(";|,\\s+(?=[Bb]áo cáo)|\\.\\s+(?=\\p{Lu})")) {
                clause(clause.strip(), p, out);
            }
        }
        return out;
    }

    private static void clause(String c, String whole, List<Deadline> out) {
        Matcher m = DEADLINE.matcher(c);
        String fc = Texts.fold(c);
        boolean any = false;
        int prevEnd = 0;
        while (m.find()) {
            String before = c.substring(0, m.start());
            String own = c.substring(prevEnd, m.start());
            prevEnd = m.end();
            if (!(fc.contains("bao cao") || Texts.fold(before).contains("dinh ky")) || Texts.fold(before).contains("de tong hop")) {
                continue;
            }
            any = true;
            String per = periodOf(own);
            if (per.equals("OTHER") && !out.isEmpty() && own.isBlank()) {
                per = periodOf(before);
            }
            if (m.group(0).toLowerCase(Locale.ROOT).contains("cuối quý")) {
                per = "QUARTERLY";
            }
            DateParts due = new DateParts(HeaderBlock.num(m.group(2)), HeaderBlock.num(m.group(3) != null ? m.group(3) : m.group(5)),
                    HeaderBlock.num(m.group(4) != null ? m.group(4) : m.group(6)));
            int textEnd = m.end() + (c.length() > m.end() && c.charAt(m.end()) == ')' ? 1 : 0);
            String text = c.substring(0, textEnd);
            if (prevEnd != m.end() || !out.isEmpty() && text.length() > own.length() + 40) {
                text = own + c.substring(m.start(), textEnd);
            }
            String rel = m.group(1).toLowerCase(Locale.ROOT).equals("vào") ? "ON" : "BEFORE";
            out.add(new Deadline(per, due, rel, recipient(c),
                    Extractor.trimEnd(Texts.clean(text.replaceFirst("^[\\s),]*(?:và|,)?\\s*", ""))),
                    DeadlineReceivers.coReceivers(recipient(c), whole), DeadlineReceivers.channel(c)));
        }
        if (!any && fc.startsWith("bao cao") && !periodOf(c).equals("OTHER")) {
            out.add(new Deadline(periodOf(c), DateParts.BLANK, null, recipient(c), Extractor.trimEnd(Texts.clean(c)),
                    DeadlineReceivers.coReceivers(recipient(c), whole), DeadlineReceivers.channel(c)));
        }
    }

    private static String periodOf(String s) {
        String f = Texts.fold(s);
        if (f.matches(".*\\bquy (i|1)\\b.*")) {
            return "QUARTER_1";
        }
        if (f.matches(".*\\b(0?6|sau) thang\\b.*")) {
            return "SIX_MONTH";
        }
        if (f.matches(".*\\b(0?9|chin) thang\\b.*")) {
            return "NINE_MONTH";
        }
        if (f.matches(".*\\b(hang|hàng) quy\\b.*") || f.matches(".*\\bquy\\b.*")) {
            return "QUARTERLY";
        }
        if (f.matches(".*\\b(bao cao|tong ket) (nam|ca nam)\\b.*") || f.matches(".*\\b(0?1|mot) nam\\b.*") || f.matches(".*\\bva nam\\b.*")
                || f.matches("^\\(?nam\\b.*")) {
            return "ANNUAL";
        }
        return "OTHER";
    }

    private static String recipient(String c) {
        Matcher m = RECIPIENT.matcher(c);
        return m.find() ? Extractor.trimEnd(m.group(1)) : null;
    }
}
