package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.CurrentSchema;
import io.dbarch.knowledge.design.DesignPackage;
import io.dbarch.knowledge.design.DesignPackageBuilder;
import io.dbarch.knowledge.design.RequirementsReadResult;
import io.dbarch.knowledge.design.RequirementsReader;
import io.dbarch.knowledge.design.ValidationError;
import io.dbarch.knowledge.design.escalation.Escalation;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.SourceText;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code dbarch design}: turns a requirements document (YAML or JSON) into a design package — design.md with
 * decisions, risks and escalations, the schema as the first Flyway migration, ERD, grants and runbooks — as a zip.
 */
final class DesignCommand implements Command {

    private static final Map<String, String> OPTIONS = Map.of("-o", "PACKAGE.zip", "--output", "PACKAGE.zip",
            "--schema", "FILE|JDBC_URL");
    private static final long MAX_REQUIREMENTS_BYTES = RequirementsReader.MAX_CHARS;

    private final PrintStream out;
    private final SchemaInputs schemas;

    DesignCommand(PrintStream out, Map<String, String> env) {
        this.out = requireNonNull(out, "out");
        this.schemas = new SchemaInputs(new InputFiles(), new DdlReader(), new LiveCatalog(env));
    }

    @Override
    public int run(List<String> args) {
        ParsedArgs parsed = ParsedArgs.parse(args, "design", OPTIONS);
        if (parsed.help()) {
            out.print(Usage.DESIGN);
            return ExitCode.OK;
        }
        if (parsed.inputs().size() != 1) {
            throw new UsageException("give one requirements file (YAML or JSON); see 'dbarch design --help'");
        }
        Path output = Path.of(parsed.value("-o").or(() -> parsed.value("--output")).orElse("design.zip"));
        SourceText requirements = new InputFiles(MAX_REQUIREMENTS_BYTES, MAX_REQUIREMENTS_BYTES)
                .load(parsed.inputs()).get(0);
        RequirementsReadResult read = new RequirementsReader().read(requirements.text());
        if (!read.valid()) {
            throw new UsageException(requirements.name() + " has " + read.errors().size() + " problem(s): "
                    + read.errors().stream().map(ValidationError::toString).collect(Collectors.joining("; ")));
        }
        DesignPackage design = new DesignPackageBuilder().build(read.orElseThrow());
        if (parsed.value("--schema").isPresent()) {
            SchemaModel current = schemas.read(List.of(parsed.value("--schema").get()), Optional.empty()).model();
            try {
                design = new CurrentSchema().addTo(design, current);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
        }
        try {
            Files.write(output, design.toZip());
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
        out.println("wrote " + output + " (" + design.files().size() + " files: "
                + String.join(", ", design.files().keySet()) + ")");
        List<Escalation> escalations = design.escalations();
        out.println(escalations.isEmpty() ? "No escalations: the stated requirements can all hold."
                : escalations.size() + " escalation(s) — decisions needed before building:");
        for (Escalation e : escalations) {
            out.println("  " + e.severity() + " " + e.ruleId() + ": " + e.title());
        }
        out.flush();
        return ExitCode.OK;
    }
}
