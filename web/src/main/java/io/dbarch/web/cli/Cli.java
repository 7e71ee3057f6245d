package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.ConfigurationException;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@code dbarch} command line: dispatches to a subcommand and turns every failure into an exit code and, for
 * errors, one line on stderr. Never calls {@code System.exit}; {@code Main} does.
 */
public final class Cli {

    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, String> env;

    /**
     * @param out where results go
     * @param err where errors go (one line each)
     * @param env the environment, e.g. {@code System.getenv()}
     */
    public Cli(PrintStream out, PrintStream err, Map<String, String> env) {
        this.out = requireNonNull(out, "out");
        this.err = requireNonNull(err, "err");
        this.env = Map.copyOf(requireNonNull(env, "env"));
    }

    /** Runs the command line and returns the process exit code (see {@link ExitCode}). */
    public int run(String... args) {
        if (args.length == 0) {
            err.print(Usage.MAIN);
            return ExitCode.USAGE;
        }
        String name = args[0];
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        try {
            return switch (name) {
                case "-h", "--help", "help" -> {
                    out.print(Usage.MAIN);
                    yield ExitCode.OK;
                }
                case "serve" -> new ServeCommand(out, env).run(rest);
                case "inspect" -> new InspectCommand(out, env).run(rest);
                case "lint" -> new LintCommand(out, env).run(rest);
                case "erd" -> new ErdCommand(out, env).run(rest);
                case "diff" -> new DiffCommand(out, env).run(rest);
                case "design" -> new DesignCommand(out, env).run(rest);
                case "ask" -> new AskCommand(out, env).run(rest);
                default -> throw new UsageException("unknown command '" + name + "'; commands: "
                        + String.join(", ", Usage.COMMANDS) + " "
                        + "(see 'dbarch --help')");
            };
        } catch (UsageException | ConfigurationException e) {
            return fail(name, e.getMessage(), ExitCode.USAGE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail(name, "interrupted", ExitCode.INTERNAL);
        } catch (RuntimeException | StackOverflowError e) {
            return fail(name, "internal error: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()), ExitCode.INTERNAL);
        }
    }

    private int fail(String command, String reason, int code) {
        String prefix = Usage.COMMANDS.contains(command) ? "dbarch " + command : "dbarch";
        err.println(prefix + ": " + oneLine(reason));
        return code;
    }

    static String oneLine(String text) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ").replaceAll("\\p{Cntrl}", "?").strip();
        return line.length() <= 500 ? line : line.substring(0, 500) + "…";
    }
}
