package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.ModelConfig;
import io.dbarch.web.WebApp;
import io.dbarch.web.WebConfig;
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
        if (!env.getOrDefault(API_TOKENS, "").isBlank()) {
            throw new UsageException(API_TOKENS + " is set, but token authentication is not implemented yet; "
                    + "unset it to serve on 127.0.0.1 only");
        }
        ModelConfig model = ModelConfig.fromEnvironment(env);
        var agent = AdvisorAgent.builder().environment(env).build();
        WebApp app = start(WebConfig.loopback(port), agent);
        Runtime.getRuntime().addShutdownHook(new Thread(app::stop, "dbarch-stop"));
        out.println("dbarch is serving on http://localhost:" + app.port() + "/ (model: " + model.describe()
                + "). Listening on " + WebConfig.LOOPBACK + " only because " + API_TOKENS + " is not set. "
                + "Ctrl+C stops it.");
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

    private static WebApp start(WebConfig config, AdvisorAgent agent) {
        try {
            return WebApp.start(config, agent);
        } catch (JavalinBindException e) {
            throw new UsageException("cannot listen on " + config.host() + ":" + config.port() + ": "
                    + e.getMessage() + " (set DBARCH_PORT to another port)");
        }
    }
}
