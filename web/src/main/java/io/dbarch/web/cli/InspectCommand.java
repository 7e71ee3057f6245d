package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.sql.CatalogReader;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code dbarch inspect}: reads DDL files and prints what they define. */
final class InspectCommand implements Command {

    private final PrintStream out;
    private final InputFiles files;
    private final DdlReader reader;
    private final LiveCatalog catalog;
    private final InspectReport report = new InspectReport();

    InspectCommand(PrintStream out, Map<String, String> env) {
        this(out, new InputFiles(), new DdlReader(), new LiveCatalog(env));
    }

    InspectCommand(PrintStream out, InputFiles files, DdlReader reader, LiveCatalog catalog) {
        this.out = requireNonNull(out, "out");
        this.files = requireNonNull(files, "files");
        this.reader = requireNonNull(reader, "reader");
        this.catalog = requireNonNull(catalog, "catalog");
    }

    @Override
    public int run(List<String> args) {
        InspectOptions options = InspectOptions.parse(args);
        if (options.help()) {
            out.print(Usage.INSPECT);
            return ExitCode.OK;
        }
        ReadResult result = read(options);
        switch (options.format()) {
            case TEXT -> out.print(report.text(options.inputs().stream()
                    .map(i -> LiveCatalog.isJdbcUrl(i) ? CatalogReader.label(i) : i).toList(), result));
            case JSON -> out.println(report.json(result));
        }
        out.flush();
        return ExitCode.OK;
    }

    private ReadResult read(InspectOptions options) {
        List<String> inputs = options.inputs();
        long urls = inputs.stream().filter(LiveCatalog::isJdbcUrl).count();
        if (urls == 0) {
            List<SourceText> sources = files.load(inputs);
            return reader.read(sources, options.dialect());
        }
        if (inputs.size() > 1) {
            // the URL is never echoed: it may carry a password
            throw new UsageException("give either DDL files or one JDBC URL, not both or several URLs");
        }
        return catalog.read(inputs.get(0));
    }
}
