package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.erd.ColumnDetail;
import io.dbarch.knowledge.erd.ErdArtifact;
import io.dbarch.knowledge.erd.ErdException;
import io.dbarch.knowledge.erd.ErdFormat;
import io.dbarch.knowledge.erd.ErdOptions;
import io.dbarch.knowledge.erd.ErdRenderer;
import io.dbarch.knowledge.erd.ErdResult;
import io.dbarch.knowledge.erd.SplitMode;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * {@code dbarch erd}: renders the schema of DDL files or a live database as an entity-relationship diagram. A
 * schema split into subject areas gives one file per area plus an overview, named after the output file.
 */
final class ErdCommand implements Command {

    private static final Map<String, String> OPTIONS = Map.of("-o", "FILE.svg|.png|.puml|.mmd",
            "--output", "FILE.svg|.png|.puml|.mmd", "--focus", "TABLE", "--depth", "0-10",
            "--columns", "all|keys|none", "--include", "PATTERN", "--exclude", "PATTERN", "--title", "TEXT",
            "--split", "auto|never|always", "--dialect", "postgresql|mysql");

    private final PrintStream out;
    private final SchemaInputs inputs;

    ErdCommand(PrintStream out, Map<String, String> env) {
        this.out = requireNonNull(out, "out");
        this.inputs = new SchemaInputs(new InputFiles(), new DdlReader(), new LiveCatalog(env));
    }

    @Override
    public int run(List<String> args) {
        ParsedArgs parsed = ParsedArgs.parse(args, "erd", OPTIONS);
        if (parsed.help()) {
            out.print(Usage.ERD);
            return ExitCode.OK;
        }
        if (parsed.inputs().isEmpty()) {
            throw new UsageException("no input; give DDL files or a JDBC URL (see 'dbarch erd --help')");
        }
        Path output = Path.of(parsed.value("-o").or(() -> parsed.value("--output")).orElse("erd.svg"));
        ErdFormat format = ErdFormat.fromFileName(output.getFileName().toString()).orElseThrow(() ->
                new UsageException("cannot tell the format of '" + output.getFileName()
                        + "'; name the output .svg, .png, .puml or .mmd"));
        ReadResult read = inputs.read(parsed.inputs(), InspectOptions.dialect(parsed));
        try {
            ErdResult result = new ErdRenderer().render(read.model(), options(parsed, format));
            for (ErdArtifact artifact : result.artifacts(format)) {
                Path file = target(output, artifact, format);
                Files.write(file, artifact.content());
                out.println("wrote " + file + " (" + artifact.size() + " bytes)");
            }
            out.println(result.description());
            if (!read.diagnostics().isEmpty()) {
                out.println(read.diagnostics().size() + " statements could not be read and are not drawn;"
                        + " 'dbarch inspect' lists them");
            }
            return ExitCode.OK;
        } catch (ErdException e) {
            throw new UsageException(e.getMessage());
        } catch (IOException e) {
            throw new UsageException("cannot write " + output + ": " + e.getMessage());
        }
    }

    private static ErdOptions options(ParsedArgs parsed, ErdFormat format) {
        ErdOptions options = ErdOptions.defaults().withFormats(EnumSet.of(format))
                .withInclude(parsed.all("--include")).withExclude(parsed.all("--exclude"));
        if (parsed.value("--focus").isPresent()) {
            options = options.withFocus(parsed.value("--focus").get(), depth(parsed));
        }
        if (parsed.value("--columns").isPresent()) {
            String value = parsed.value("--columns").get();
            options = options.withColumns(ColumnDetail.fromId(value).orElseThrow(() -> new UsageException(
                    "unknown --columns '" + value + "'; use all, keys or none")));
        }
        if (parsed.value("--title").isPresent()) {
            options = options.withTitle(parsed.value("--title").get());
        }
        if (parsed.value("--split").isPresent()) {
            String value = parsed.value("--split").get();
            SplitMode mode = switch (value) {
                case "auto" -> SplitMode.AUTO;
                case "never" -> SplitMode.NEVER;
                case "always" -> SplitMode.ALWAYS;
                default -> throw new UsageException("unknown --split '" + value + "'; use auto, never or always");
            };
            options = options.withSplit(mode, options.splitThreshold(), options.maxTablesPerDiagram());
        }
        return options;
    }

    private static int depth(ParsedArgs parsed) {
        String value = parsed.value("--depth").orElse("1");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new UsageException("--depth must be a number from 0 to 10; got '" + value + "'");
        }
    }

    /** {@code erd.svg} → the output path; {@code erd-03-billing.svg} → {@code <stem>-03-billing.svg} beside it. */
    private static Path target(Path output, ErdArtifact artifact, ErdFormat format) {
        String name = artifact.name();
        if (name.equals("erd." + format.extension())) {
            return output;
        }
        String file = output.getFileName().toString();
        String stem = file.contains(".") ? file.substring(0, file.lastIndexOf('.')) : file;
        String suffix = name.startsWith("erd") ? name.substring(3) : "-" + name;
        Path dir = output.toAbsolutePath().getParent();
        return dir.resolve(stem + suffix);
    }
}
