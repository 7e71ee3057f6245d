package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.lint.LintConfig;
import io.dbarch.knowledge.lint.LintConfigException;
import io.dbarch.knowledge.lint.LintConfigLoader;
import io.dbarch.knowledge.lint.LintInputException;
import io.dbarch.knowledge.lint.LintInputs;
import io.dbarch.knowledge.lint.LintMode;
import io.dbarch.knowledge.lint.LintReport;
import io.dbarch.knowledge.lint.LintRequest;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.lint.rules.Rules;
import io.dbarch.knowledge.lint.Severity;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code dbarch lint}: lints DDL files or folders of migrations; exit 1 when a finding reaches --fail-on. */
final class LintCommand implements Command {

    static final String DOCS_BASE_VARIABLE = "DBARCH_RULE_DOCS_URL";
    private static final Map<String, String> OPTIONS = Map.of("--dialect", "postgresql|mysql",
            "--format", "text|json|sarif", "--config", "FILE", "--fail-on", "warning|error",
            "--mode", "auto|schema|migration");

    private final PrintStream out;
    private final Map<String, String> env;

    LintCommand(PrintStream out, Map<String, String> env) {
        this.out = requireNonNull(out, "out");
        this.env = requireNonNull(env, "env");
    }

    @Override
    public int run(List<String> args) {
        ParsedArgs parsed = ParsedArgs.parse(args, "lint", OPTIONS);
        if (parsed.help()) {
            out.print(Usage.LINT);
            return ExitCode.OK;
        }
        if (parsed.inputs().isEmpty()) {
            throw new UsageException("no input; give .sql files or folders of migrations (see 'dbarch lint --help')");
        }
        String format = parsed.value("--format").orElse("text");
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw new UsageException("unknown format '" + format + "'; use --format text, json or sarif");
        }
        Severity failOn = parsed.value("--fail-on").map(v -> Severity.fromId(v).orElseThrow(() ->
                new UsageException("unknown --fail-on '" + v + "'; use --fail-on warning or --fail-on error")))
                .orElse(Severity.ERROR);
        LintMode mode = parsed.value("--mode").map(v -> LintMode.fromId(v).orElseThrow(() ->
                new UsageException("unknown mode '" + v + "'; use --mode auto, schema or migration")))
                .orElse(LintMode.AUTO);
        try {
            LintRequest request = new LintRequest(LintInputs.load(parsed.inputs().stream().map(Path::of).toList()),
                    InspectOptions.dialect(parsed), mode, config(parsed.value("--config")));
            LintReport report = Linter.standard().lint(request);
            switch (format) {
                case "json" -> out.println(report.toJson());
                case "sarif" -> out.println(report.toSarif(env.getOrDefault(DOCS_BASE_VARIABLE,
                        LintReport.DEFAULT_DOCS_BASE)));
                default -> out.print(report.toText());
            }
            out.flush();
            return report.exitCode(failOn) == 0 ? ExitCode.OK : ExitCode.FINDINGS;
        } catch (LintConfigException | LintInputException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The --config file, else ./.dbarch.yml when present, else the defaults. */
    private static LintConfig config(Optional<String> option) {
        Optional<Path> file = option.map(Path::of).or(() -> Optional.of(Path.of(".dbarch.yml"))
                .filter(Files::isRegularFile));
        if (file.isEmpty()) {
            return LintConfig.defaults();
        }
        if (!Files.isRegularFile(file.get())) {
            throw new UsageException(file.get() + ": no such configuration file");
        }
        return new LintConfigLoader(Rules.all().stream().map(LintRule::id).toList()).load(file.get());
    }
}
