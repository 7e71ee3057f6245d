package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.migration.FlywaySources;
import io.dbarch.knowledge.migration.MigrationDraft;
import io.dbarch.knowledge.migration.MigrationDrafter;
import io.dbarch.knowledge.migration.MigrationFile;
import io.dbarch.knowledge.migration.Mode;
import io.dbarch.knowledge.migration.PlanOptions;
import io.dbarch.knowledge.migration.RenameHint;
import io.dbarch.knowledge.migration.Verification;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.Sandbox;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code dbarch diff FROM TO}: drafts the migration from one schema to another (DDL files, Flyway folders or live
 * databases) as a Flyway folder, zero-downtime by default, optionally verified on the embedded PostgreSQL.
 */
final class DiffCommand implements Command {

    private static final Map<String, String> OPTIONS = Map.of("--rename", "old=new", "--mode", "safe|simple",
            "-o", "DIR", "--output", "DIR", "--dialect", "postgresql|mysql");

    private final PrintStream out;
    private final SchemaInputs inputs;

    DiffCommand(PrintStream out, Map<String, String> env) {
        this.out = requireNonNull(out, "out");
        this.inputs = new SchemaInputs(new InputFiles(), new DdlReader(), new LiveCatalog(env));
    }

    @Override
    public int run(List<String> args) {
        boolean verify = args.contains("--verify");
        ParsedArgs parsed = ParsedArgs.parse(args.stream().filter(a -> !a.equals("--verify")).toList(), "diff",
                OPTIONS);
        if (parsed.help()) {
            out.print(Usage.DIFF);
            return ExitCode.OK;
        }
        if (parsed.inputs().size() != 2) {
            throw new UsageException("give two schemas, FROM and TO (DDL files, Flyway folders or JDBC URLs);"
                    + " see 'dbarch diff --help'");
        }
        Optional<Dialect> dialect = InspectOptions.dialect(parsed);
        SchemaModel from = model(parsed.inputs().get(0), dialect);
        SchemaModel to = model(parsed.inputs().get(1), dialect);
        MigrationDraft draft;
        try {
            draft = new MigrationDrafter(Sandbox::shared).draft(from, to, options(parsed), verify);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        out.println(draft.summary());
        draft.plan().decisions().forEach(d -> out.println("decide: " + d.subject() + " — " + d.message()
                + d.suggestion().map(s -> " (" + s + ")").orElse("")));
        draft.plan().refusals().forEach(r -> out.println("left out: " + r.subject() + " — " + r.reason()));
        parsed.value("-o").or(() -> parsed.value("--output")).ifPresent(dir -> write(draft.files(), Path.of(dir)));
        draft.verification().ifPresent(v -> v.failure().ifPresent(f -> out.println("failed: " + f.asLine())));
        boolean failed = draft.verification().filter(v -> v.status() == Verification.Status.FAILED).isPresent();
        return failed || !draft.plan().ready() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private SchemaModel model(String input, Optional<Dialect> dialect) {
        Path path = LiveCatalog.isJdbcUrl(input) ? null : Path.of(input);
        if (path != null && Files.isDirectory(path)) {
            if (!FlywaySources.isFlywayFolder(path)) {
                throw new UsageException(input + ": a folder must hold Flyway scripts (V<version>__<name>.sql)");
            }
            return new FlywaySources().read(path, dialect).model();
        }
        return inputs.read(List.of(input), dialect).model();
    }

    private static PlanOptions options(ParsedArgs parsed) {
        Mode mode = parsed.value("--mode").map(v -> switch (v) {
            case "safe" -> Mode.SAFE;
            case "simple" -> Mode.SIMPLE;
            default -> throw new UsageException("unknown mode '" + v + "'; use --mode safe or --mode simple");
        }).orElse(Mode.SAFE);
        List<RenameHint> renames;
        try {
            renames = parsed.all("--rename").stream().map(RenameHint::parse).toList();
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return PlanOptions.defaults().withMode(mode).withRenames(renames);
    }

    private void write(List<MigrationFile> files, Path dir) {
        try {
            Files.createDirectories(dir);
            for (MigrationFile f : files) {
                Files.writeString(dir.resolve(f.name()), f.content());
            }
        } catch (IOException e) {
            throw new UsageException("cannot write " + dir + ": " + e.getMessage());
        }
        out.println("wrote " + files.size() + " files to " + dir);
    }
}
