package vn.gandan.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The scheduled online backup on two nodes: each scheduled time backed up by exactly one of them. */
final class BackupsOnce {

    private static final Pattern BACKUP = Pattern.compile("Backup written: (\\S+) \\(slot ([0-9T:.-]+)\\)");

    private BackupsOnce() {
    }

    /**
     * The online backups both nodes scheduled every 15 s during the whole test: one file per scheduled time, whichever
     * node claimed it (each node writes into its own directory), none twice.
     */
    static void check(List<String> figures, AppProcess a, AppProcess b) throws Exception {
        List<String> slots = new ArrayList<>();
        List<String> files = new ArrayList<>();
        int[] perNode = new int[2];
        for (int n = 0; n < 2; n++) {
            AppProcess node = n == 0 ? a : b;
            Matcher m = BACKUP.matcher(Files.readString(node.log));
            while (m.find()) {
                slots.add(m.group(2));
                perNode[n]++;
            }
            Path dir = node.log.resolveSibling("backup-" + (n == 0 ? "A" : "B"));
            if (Files.isDirectory(dir)) {
                try (var list = Files.list(dir)) {
                    list.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".backup")).forEach(files::add);
                }
            }
        }
        figures.add("online backups every 15 s on both nodes: %d by node A, %d by node B, files %d, scheduled times backed up twice %d (log) / %d (files)"
                .formatted(perNode[0], perNode[1], files.size(), slots.size() - slots.stream().distinct().count(),
                        files.size() - files.stream().distinct().count()));
        assertThat(slots).as("backups taken (scheduled times in the nodes' logs)").isNotEmpty().doesNotHaveDuplicates();
        assertThat(files).as("backup files of both nodes, named by the time taken").doesNotHaveDuplicates()
                .hasSizeGreaterThanOrEqualTo(slots.size()); // a node killed between the file and its log line
    }

}
