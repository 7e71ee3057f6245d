package io.dbarch.web.cli;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import java.util.ArrayList;
import java.util.List;
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
        List<String> inputs = new ArrayList<>();
        Optional<Dialect> dialect = Optional.empty();
        Format format = Format.TEXT;
        boolean inputsOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (inputsOnly || !arg.startsWith("-") || arg.equals("-")) {
                inputs.add(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "-h", "--help" -> {
                    return new InspectOptions(List.of(), Optional.empty(), Format.TEXT, true);
                }
                case "--" -> inputsOnly = true;
                case "--dialect" -> {
                    String value = value(args, i, arg, "postgresql|mysql");
                    dialect = Optional.of(Dialect.fromId(value).orElseThrow(() -> new UsageException(
                            "unknown dialect '" + value + "'; use --dialect postgresql or --dialect mysql")));
                    i += arg.contains("=") ? 0 : 1;
                }
                case "--format" -> {
                    String value = value(args, i, arg, "text|json");
                    format = switch (value) {
                        case "text" -> Format.TEXT;
                        case "json" -> Format.JSON;
                        default -> throw new UsageException(
                                "unknown format '" + value + "'; use --format text or --format json");
                    };
                    i += arg.contains("=") ? 0 : 1;
                }
                default -> throw new UsageException("unknown option '" + name + "' (see 'dbarch inspect --help')");
            }
        }
        if (inputs.isEmpty()) {
            throw new UsageException("no input; give one or more DDL files or a JDBC URL "
                    + "(see 'dbarch inspect --help')");
        }
        return new InspectOptions(inputs, dialect, format, false);
    }

    private static String value(List<String> args, int i, String arg, String expected) {
        if (arg.contains("=")) {
            return arg.substring(arg.indexOf('=') + 1);
        }
        if (i + 1 >= args.size()) {
            throw new UsageException(arg + " needs a value: " + expected);
        }
        return args.get(i + 1);
    }
}
