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
        COMMANDS.put("rekey", args -> inContext(ctx -> ctx.getBean(vn.gandan.petitions.IdentityRekeyCommand.class).run(args)));
    }

    private CommandLine() {
    }

    /** Runs a command that needs the database: the application without the web server, closed afterwards. */
    private static int inContext(java.util.function.ToIntFunction<org.springframework.context.ConfigurableApplicationContext> command) {
        try (var ctx = new org.springframework.boot.builder.SpringApplicationBuilder(Application.class)
                .web(org.springframework.boot.WebApplicationType.NONE).run()) {
            return command.applyAsInt(ctx);
        }
    }

    static boolean handles(String name) {
        return COMMANDS.containsKey(name);
    }

    static int run(String[] args) {
        return COMMANDS.get(args[0]).applyAsInt(Arrays.copyOfRange(args, 1, args.length));
    }
}
