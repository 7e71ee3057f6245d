package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The parsed arguments of {@code dbarch inspect}. */
record InspectOptions(List<String> inputs, Optional<Dialect> dialect, Format format, boolean help) {

    enum Format { TEXT, JSON }

    InspectOptions {
        inputs = List.copyOf(inputs);
        requireNonNull(dialect, "dialect");
        requireNonNull(format, "format");
    }

    static InspectOptions parse(List<String> args) {
        ParsedArgs parsed = ParsedArgs.parse(args, "inspect",
                Map.of("--dialect", "postgresql|mysql", "--format", "text|json"));
        if (parsed.help()) {
            return new InspectOptions(List.of(), Optional.empty(), Format.TEXT, true);
        }
        Format format = parsed.value("--format").map(value -> switch (value) {
            case "text" -> Format.TEXT;
            case "json" -> Format.JSON;
            default -> throw new UsageException("unknown format '" + value + "'; use --format text or --format json");
        }).orElse(Format.TEXT);
        if (parsed.inputs().isEmpty()) {
            throw new UsageException("no input; give one or more DDL files or a JDBC URL "
                    + "(see 'dbarch inspect --help')");
        }
        return new InspectOptions(parsed.inputs(), dialect(parsed), format, false);
    }

    static Optional<Dialect> dialect(ParsedArgs parsed) {
        return parsed.value("--dialect").map(value -> Dialect.fromId(value).orElseThrow(() -> new UsageException(
                "unknown dialect '" + value + "'; use --dialect postgresql or --dialect mysql")));
    }
}
