package io.dbarch.web.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A subcommand's arguments: inputs, and the values of options that take one ({@code --format json} or
 * {@code --format=json}; repeatable). {@code -h}/{@code --help} asks for help; {@code --} ends the options.
 */
record ParsedArgs(List<String> inputs, Map<String, List<String>> values, boolean help) {

    ParsedArgs {
        inputs = List.copyOf(inputs);
        values = Map.copyOf(values);
    }

    /**
     * @param options each option that takes a value, mapped to the form of its value for error messages,
     *                e.g. {@code --format → text|json}
     */
    static ParsedArgs parse(List<String> args, String command, Map<String, String> options) {
        List<String> inputs = new ArrayList<>();
        Map<String, List<String>> values = new LinkedHashMap<>();
        boolean inputsOnly = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (inputsOnly || !arg.startsWith("-") || arg.equals("-")) {
                inputs.add(arg);
                continue;
            }
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (name.equals("-h") || name.equals("--help")) {
                return new ParsedArgs(List.of(), Map.of(), true);
            }
            if (name.equals("--")) {
                inputsOnly = true;
                continue;
            }
            String expected = options.get(name);
            if (expected == null) {
                throw new UsageException("unknown option '" + name + "' (see 'dbarch " + command + " --help')");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException(arg + " needs a value: " + expected);
            }
            values.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return new ParsedArgs(inputs, values, false);
    }

    /** The option's value (the last one when given twice). */
    Optional<String> value(String option) {
        List<String> all = values.getOrDefault(option, List.of());
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    List<String> all(String option) {
        return values.getOrDefault(option, List.of());
    }
}
