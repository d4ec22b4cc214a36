package vn.gandan;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * Commands that run without the web server, e.g. {@code java -jar gandan.jar import FILE…}.
 * Each command is a class with a static {@code int run(String[] args)} registered here by name.
 */
final class CommandLine {

    private static final Map<String, ToIntFunction<String[]>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("backup", vn.gandan.platform.BackupCommand::backup);
        COMMANDS.put("restore", vn.gandan.platform.BackupCommand::restore);
        COMMANDS.put("import", vn.gandan.imports.ImportCommand::run);
    }

    private CommandLine() {
    }

    static boolean handles(String name) {
        return COMMANDS.containsKey(name);
    }

    static int run(String[] args) {
        return COMMANDS.get(args[0]).applyAsInt(Arrays.copyOfRange(args, 1, args.length));
    }
}
