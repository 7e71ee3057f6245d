package io.dbarch.prompts;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Loads the prompt files shipped in this module ({@code prompts/<name>.md} on the classpath).
 * A missing or unreadable prompt is a packaging error, reported with the resource path and the known names.
 */
public final class Prompts {

    /** The advisor's persona and answer protocol, used as the system message of every conversation. */
    public static final String ADVISOR_SYSTEM = "advisor-system";

    /** Every prompt this module ships; tests check that each one loads and that all its variables are bound. */
    public static final List<String> NAMES = List.of(ADVISOR_SYSTEM);

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_CHARS = 100_000;

    private Prompts() {
    }

    /**
     * The prompt of that name.
     *
     * @throws IllegalArgumentException when no prompt of that name ships with this module
     */
    public static Prompt load(String name) {
        requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Invalid prompt name '" + name
                    + "': use lower-case letters, digits and '-', e.g. " + ADVISOR_SYSTEM);
        }
        String resource = "prompts/" + name + ".md";
        try (InputStream in = Prompts.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No prompt named '" + name + "' (classpath resource " + resource
                        + " is missing); known prompts: " + String.join(", ", NAMES));
            }
            byte[] bytes = in.readNBytes(MAX_CHARS * 4 + 1);
            if (bytes.length > MAX_CHARS * 4) {
                throw new IllegalStateException("Prompt " + resource + " is larger than " + MAX_CHARS + " characters");
            }
            return new Prompt(name, new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read prompt resource " + resource + ": " + e.getMessage(), e);
        }
    }
}
