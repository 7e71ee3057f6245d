package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/** {@code dbarch inspect}: reads DDL files and prints what they define. */
final class InspectCommand implements Command {

    private final PrintStream out;
    private final InputFiles files;
    private final DdlReader reader;
    private final InspectReport report = new InspectReport();

    InspectCommand(PrintStream out) {
        this(out, new InputFiles(), new DdlReader());
    }

    InspectCommand(PrintStream out, InputFiles files, DdlReader reader) {
        this.out = requireNonNull(out, "out");
        this.files = requireNonNull(files, "files");
        this.reader = requireNonNull(reader, "reader");
    }

    @Override
    public int run(List<String> args) {
        InspectOptions options = InspectOptions.parse(args);
        if (options.help()) {
            out.print(Usage.INSPECT);
            return ExitCode.OK;
        }
        rejectJdbcUrls(options.inputs());
        List<SourceText> sources = files.load(options.inputs());
        ReadResult result = reader.read(sources, options.dialect());
        switch (options.format()) {
            case TEXT -> out.print(report.text(options.inputs(), result));
            case JSON -> out.println(report.json(result));
        }
        out.flush();
        return ExitCode.OK;
    }

    private static void rejectJdbcUrls(List<String> inputs) {
        for (String input : inputs) {
            String lower = input.toLowerCase(Locale.ROOT);
            if (!lower.startsWith("jdbc:")) {
                continue;
            }
            // the URL is never echoed: it may carry a password
            if (lower.startsWith("jdbc:postgresql:")) {
                throw new UsageException("live inspection of a jdbc:postgresql: URL is not available yet "
                        + "(it arrives with the PostgreSQL sandbox work); export the schema with "
                        + "'pg_dump --schema-only' and inspect the file");
            }
            throw new UsageException("only jdbc:postgresql: URLs will be supported for live inspection; "
                    + "export the schema to a .sql file and inspect the file");
        }
    }
}
