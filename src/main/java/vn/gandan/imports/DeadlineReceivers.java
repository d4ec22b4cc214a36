package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Defect 12: the bodies a report goes to beside its main receiver, and how it is sent, read out of the text. Seed 002:
 * "báo cáo … về Sở (qua phòng TCCB, Công đoàn Giáo dục tỉnh)" — a department of the receiver written in lower case
 * ("phòng TCCB") is a way in, a body named with its capital ("Công đoàn …") a second receiver; likewise "gửi về A và
 * B", "gửi A, đồng gửi B", "báo cáo về A; đồng thời gửi B". Channel: "qua email …", "qua hệ thống …", "bằng văn bản".
 */
final class DeadlineReceivers {

    private static final String UNIT = Issuers.UNIT_START.pattern();
    private static final String STOP = "(?=\\s+(?:để|vào|trước|qua|theo|trong|chậm nhất)(?![\\p{L}])|[,;.(]|$)";
    private static final Pattern IN_BRACKETS = Pattern.compile("\\((?:qua|thông qua|đồng gửi|và)?\\s*([^)]*)\\)");
    private static final Pattern AND_UNIT = Pattern.compile("\\s+(?:và|cùng|,)\\s+(?=" + UNIT + ")|,\\s*(?=" + UNIT + ")");
    private static final Pattern ALSO_TO = Pattern.compile("(?:đồng gửi|đồng thời gửi|gửi đồng thời|và gửi|đồng gửi cho)"
            + "(?:\\s+(?:về|cho|đến|tới))?\\s+(" + UNIT + "[^,;.(]*?)" + STOP);
    private static final Pattern CHANNEL = Pattern.compile("(?:qua\\s+(?:địa chỉ\\s+)?(?:e-?mail|thư điện tử|hộp thư(?: điện tử)?"
            + "|hệ thống|phần mềm|cổng thông tin|ứng dụng|trục liên thông)|bằng văn bản)[^,;]*?"
            + "(?=\\s+(?:để|trước|vào|chậm nhất|đồng thời|và gửi|về|gửi|cho)(?![\\p{L}])|[,;]|\\.?\\s*$)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DeadlineReceivers() {
    }

    /** The second and further receivers named in the recipient text or, with "đồng gửi …", anywhere in the paragraph. */
    static List<String> coReceivers(String recipient, String paragraph) {
        List<String> out = new ArrayList<>();
        if (recipient != null) {
            Matcher b = IN_BRACKETS.matcher(recipient);
            while (b.find()) {
                for (String part : b.group(1).split("[,;]|\\s+và\\s+")) {
                    add(out, part);
                }
            }
            String[] parts = AND_UNIT.split(recipient.replaceAll("\\s*\\([^)]*\\)", ""));
            for (int i = 1; i < parts.length; i++) {
                add(out, parts[i]);
            }
        }
        Matcher also = ALSO_TO.matcher(paragraph == null ? "" : paragraph);
        while (also.find()) {
            add(out, also.group(1));
        }
        return List.copyOf(out);
    }

    /** How the report is sent ("qua địa chỉ email: …", "qua hệ thống …", "bằng văn bản"), if the clause says. */
    static String channel(String clause) {
        Matcher m = CHANNEL.matcher(clause);
        return m.find() ? Extractor.trimEnd(Texts.clean(m.group().replaceFirst("[.:]+$", ""))) : null;
    }

    /** A body named with its capital (a department written "phòng TCCB" is a way into the main receiver). */
    private static void add(List<String> out, String part) {
        String p = Texts.clean(part.replaceAll("\\s*\\([^)]*\\)", ""));
        if (p != null && Issuers.UNIT_START.matcher(p).lookingAt() && !out.contains(Extractor.trimEnd(p))) {
            out.add(Extractor.trimEnd(p));
        }
    }
}
