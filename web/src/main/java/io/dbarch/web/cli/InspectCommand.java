package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code dbarch inspect}: reads DDL files or a live catalog and prints what they define. */
final class InspectCommand implements Command {

    private final PrintStream out;
    private final SchemaInputs inputs;
    private final InspectReport report = new InspectReport();

    InspectCommand(PrintStream out, Map<String, String> env) {
        this(out, new SchemaInputs(new InputFiles(), new DdlReader(), new LiveCatalog(env)));
    }

    InspectCommand(PrintStream out, SchemaInputs inputs) {
        this.out = requireNonNull(out, "out");
        this.inputs = requireNonNull(inputs, "inputs");
    }

    @Override
    public int run(List<String> args) {
        InspectOptions options = InspectOptions.parse(args);
        if (options.help()) {
            out.print(Usage.INSPECT);
            return ExitCode.OK;
        }
        ReadResult result = inputs.read(options.inputs(), options.dialect());
        switch (options.format()) {
            case TEXT -> out.print(report.text(SchemaInputs.shown(options.inputs()), result));
            case JSON -> out.println(report.json(result));
        }
        out.flush();
        return ExitCode.OK;
    }
}
