package vn.gandan.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a node's log says its reminder jobs did since a point in the log: how many runs, and how many objects each
 * run claimed and sent ("Task reminders run: 2 sent by this node", "Reception reminders run: …", logged at DEBUG).
 */
final class JobLogs {

    private final String text;

    private JobLogs(String text) {
        this.text = text;
    }

    /** The node's log from the byte offset {@link #size} returned before the objects were made. */
    static JobLogs since(AppProcess node, long offset) throws IOException {
        byte[] all = Files.readAllBytes(node.log);
        return new JobLogs(new String(all, (int) offset, all.length - (int) offset, StandardCharsets.UTF_8));
    }

    static long size(AppProcess node) throws IOException {
        return Files.size(node.log);
    }

    /** Objects the job claimed and sent on this node ({@code job} is "Task" or "Reception"). */
    int sent(String job) {
        Matcher m = Pattern.compile(job + " reminders run: (\\d+) sent by this node").matcher(text);
        int sum = 0;
        while (m.find()) {
            sum += Integer.parseInt(m.group(1));
        }
        return sum;
    }

    long runs(String job) {
        return Pattern.compile(job + " reminders run: ").matcher(text).results().count();
    }
}
