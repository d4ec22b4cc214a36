package vn.gandan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that run without the server are registered (a lost registration once started the web app instead). */
class CommandLineTests {

    @Test
    void importBackupAndRestoreAreCommands() {
        assertThat(CommandLine.handles("import")).isTrue();
        assertThat(CommandLine.handles("backup")).isTrue();
        assertThat(CommandLine.handles("restore")).isTrue();
        assertThat(CommandLine.handles("serve")).isFalse();
    }

    @Test
    void importPrintsTheExtractedJsonWithoutStartingTheApp(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("ke-hoach.txt");
        Files.writeString(file, """
                PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ GIÁO
                Số: 12/KH-PGDĐT
                Phú Giáo, ngày 05 tháng 3 năm 2026
                KẾ HOẠCH
                Thực hiện công tác dân vận chính quyền năm 2026
                """);
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int status;
        try {
            status = CommandLine.run(new String[] {"import", file.toString()});
        } finally {
            System.setOut(original);
        }
        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"number\"").contains("12").contains("KH-PGDĐT");
    }
}
