package io.dbarch.prompts;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A prompt template: text with {@code {{variable}}} placeholders drawn from {@link PromptVariables#NAMES}.
 *
 * @param name the prompt's name, e.g. {@code advisor-system}
 * @param text the template text as shipped
 */
public record Prompt(String name, String text) {

    private static final Pattern VARIABLE = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_]+)\\s*}}");

    public Prompt {
        requireNonNull(name, "name");
        requireNonNull(text, "text");
    }

    /** The names of the {@code {{variables}}} this prompt uses. */
    public Set<String> variables() {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /**
     * The text with every variable replaced by its value.
     *
     * @throws IllegalStateException when the prompt uses a variable the loader does not bind, or leaves a
     *                               double opening brace behind (chat templating downstream would reject it)
     */
    public String render(PromptVariables variables) {
        requireNonNull(variables, "variables");
        Map<String, String> values = variables.asMap();
        Matcher m = VARIABLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 64);
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("Prompt '" + name + "' uses {{" + m.group(1)
                        + "}}, which is not bound; bound variables: " + String.join(", ", PromptVariables.NAMES));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        String rendered = out.toString();
        if (rendered.contains("{{")) {
            throw new IllegalStateException("Prompt '" + name + "' has a '{{' that is not a variable at offset "
                    + rendered.indexOf("{{"));
        }
        return rendered;
    }
}
