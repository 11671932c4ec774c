package kr.gisa.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The command line: picocli subcommands over the core. Exit codes: 0 success, 1 user error
 * or usage error (one-line message on stderr, never a stack trace).
 */
@Command(name = "gisa", mixinStandardHelpOptions = true, versionProvider = GisaCli.Version.class,
        description = "Offline reader, search and briefing for Korean news. Without a command, opens the window.",
        footer = {"", "Window: gisa [--library DIR] [--article ID] [--archive URL] opens the reader (default library: articles/)."},
        subcommands = {
                ShowCommand.class,
                SnapshotCommand.class,
                SearchCommand.class,
                IndexCommand.class,
                BriefCommand.class,
                ImportCommand.class,
                BenchCommand.class,
                ArchiveCommand.class,
                CommandLine.HelpCommand.class
        })
public final class GisaCli implements Runnable {

    @Override
    public void run() {
        // `gisa` alone opens the window (handled by the Launcher); reaching here means help was wanted.
        new CommandLine(this).usage(System.out);
    }

    /** True when the arguments name no subcommand and no help/version flag (only window options): the window opens. */
    public static boolean opensWindow(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            // The window's own options take a value: `--library DIR`, `--article ID`, `--archive URL`.
            if ((a.equals("--library") || a.equals("--article") || a.equals("--archive")) && i + 1 < args.length) {
                i++;
                continue;
            }
            if (!a.startsWith("-")) return false;
            if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) return false;
        }
        return true;
    }

    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new GisaCli());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parse) -> {
            if (ex instanceof UserException) {
                line.getErr().println("gisa: " + ex.getMessage());
                return 1;
            }
            // Unexpected: still one line for the user; the trace only on request.
            line.getErr().println("gisa: internal error: " + ex);
            if (Boolean.getBoolean("gisa.debug")) ex.printStackTrace(line.getErr());
            return 1;
        });
        cl.setParameterExceptionHandler((ex, a) -> {
            ex.getCommandLine().getErr().println("gisa: " + ex.getMessage() + " (try '"
                    + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            return 1;
        });
        return cl.execute(args);
    }

    /** The version from the jar manifest, or "dev" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = GisaCli.class.getPackage().getImplementationVersion();
            return new String[]{"gisa " + (v == null ? "dev" : v)};
        }
    }
}
