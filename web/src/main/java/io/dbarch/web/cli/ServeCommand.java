package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.ModelConfig;
import io.dbarch.web.AgentFactory;
import io.dbarch.web.Settings;
import io.dbarch.web.WebApp;
import io.dbarch.web.WebConfig;
import io.dbarch.web.storage.StorageException;
import io.javalin.util.JavalinBindException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code dbarch serve}: wires the advisor and starts the web app; returns when the app has stopped. */
final class ServeCommand implements Command {

    static final String PORT = "DBARCH_PORT";
    static final String API_TOKENS = "DBARCH_API_TOKENS";
    static final int DEFAULT_PORT = 7070;

    private final PrintStream out;
    private final Map<String, String> env;

    ServeCommand(PrintStream out, Map<String, String> env) {
        this.out = requireNonNull(out, "out");
        this.env = requireNonNull(env, "env");
    }

    @Override
    public int run(List<String> args) throws InterruptedException {
        if (args.contains("-h") || args.contains("--help")) {
            out.print(Usage.SERVE);
            return ExitCode.OK;
        }
        if (!args.isEmpty()) {
            throw new UsageException("serve takes no arguments, got '" + args.get(0)
                    + "'; configure it with DBARCH_PORT and DBARCH_MODEL_PROVIDER");
        }
        int port = port();
        Settings settings;
        try {
            settings = Settings.fromEnvironment(env, port);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ModelConfig model = ModelConfig.fromEnvironment(env);
        WebApp app = start(settings, parts -> AdvisorAgent.builder().environment(env)
                .memoryStore(parts.memory()).artifactStore(parts.artifacts()).meter(parts.meter())
                .toolObserver(parts.toolObserver()).build());
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "dbarch-stop"));
        String where = app.authEnabled() ? "http://" + app.host() + ":" + app.port() + "/ (API tokens required; "
                + "listening on " + app.host() + ")"
                : "http://localhost:" + app.port() + "/ (listening on " + WebConfig.LOOPBACK + " only because "
                + API_TOKENS + " is not set)";
        out.println("dbarch is serving on " + where + ". Model: " + model.describe() + "; storage: "
                + settings.database().safeUrl() + ". Ctrl+C stops it.");
        out.flush();
        app.awaitStop();
        return ExitCode.OK;
    }

    private int port() {
        String value = env.getOrDefault(PORT, "").trim();
        if (value.isEmpty()) {
            return DEFAULT_PORT;
        }
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(PORT + "='" + Cli.oneLine(value) + "' is not a port number (0-65535)");
    }

    private static WebApp start(Settings settings, AgentFactory agents) {
        try {
            return WebApp.start(settings, agents);
        } catch (JavalinBindException e) {
            throw new UsageException("cannot listen on port " + settings.port() + ": " + e.getMessage()
                    + " (set DBARCH_PORT to another port)");
        } catch (StorageException | IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
