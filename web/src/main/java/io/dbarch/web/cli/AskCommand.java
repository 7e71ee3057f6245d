package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.AdvisorReply;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.escalation.EscalationNotice;
import io.dbarch.agent.intake.Attachment;
import io.dbarch.knowledge.sql.SourceText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code dbarch ask "question" [--file FILE]… [-o DIR]}: one agent turn on the terminal. The answer streams to
 * stdout; then the artifacts the turn made (written to DIR with -o) and any escalations are listed.
 */
final class AskCommand implements Command {

    static final long MAX_FILE_BYTES = 16L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 64L * 1024 * 1024;
    private static final Map<String, String> OPTIONS = Map.of("--file", "FILE", "-o", "DIR", "--out", "DIR");

    private final PrintStream out;
    private final Map<String, String> env;

    AskCommand(PrintStream out, Map<String, String> env) {
        this.out = requireNonNull(out, "out");
        this.env = requireNonNull(env, "env");
    }

    @Override
    public int run(List<String> args) throws InterruptedException {
        ParsedArgs parsed = ParsedArgs.parse(args, "ask", OPTIONS);
        if (parsed.help()) {
            out.print(Usage.ASK);
            return ExitCode.OK;
        }
        if (parsed.inputs().size() != 1 || parsed.inputs().get(0).isBlank()) {
            throw new UsageException("ask takes one question in quotes, e.g. dbarch ask \"Review this schema\" "
                    + "--file schema.sql");
        }
        List<Attachment> files = new InputFiles(MAX_FILE_BYTES, MAX_TOTAL_BYTES).load(parsed.all("--file")).stream()
                .map(AskCommand::attachment).toList();
        var outDir = parsed.value("-o").or(() -> parsed.value("--out")).map(Path::of);
        AdvisorAgent agent = AdvisorAgent.builder().environment(env).build();
        AdvisorReply reply;
        try {
            reply = agent.stream("cli", parsed.inputs().get(0), files, piece -> {
                out.print(piece);
                out.flush();
            }).get(30, TimeUnit.MINUTES);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IllegalStateException("the turn failed: " + cause.getClass().getSimpleName(), cause);
        }
        out.println();
        report(reply, outDir.orElse(null));
        return ExitCode.OK;
    }

    private static Attachment attachment(SourceText text) {
        return new Attachment(text.name(), text.text());
    }

    private void report(AdvisorReply reply, Path dir) {
        if (!reply.artifacts().isEmpty()) {
            out.println();
            out.println("Artifacts:");
            for (Artifact a : reply.artifacts()) {
                out.println("  " + a.describe() + (dir == null ? "" : " → " + write(dir, a)));
            }
        }
        for (EscalationNotice e : reply.escalations()) {
            out.println("Escalation for " + e.decider() + ": " + e.title());
        }
        out.flush();
    }

    private static Path write(Path dir, Artifact a) {
        String safe = a.id() + "-" + a.name().replaceAll("[^A-Za-z0-9._-]", "_");
        Path file = dir.resolve(safe);
        try {
            Files.createDirectories(dir);
            Files.write(file, a.content());
            return file;
        } catch (IOException e) {
            throw new UsageException(dir + ": cannot write " + safe + " (" + e.getMessage() + ")");
        }
    }
}
