package io.dbarch.prompts;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The values the prompt loader binds. Every {@code {{variable}}} in a shipped prompt must be one of {@link #NAMES}.
 *
 * @param dialects    the SQL dialects dbarch reads, as prose, e.g. {@code PostgreSQL and MySQL}
 * @param currentDate today's date, so advice about versions and support windows is dated
 */
public record PromptVariables(String dialects, LocalDate currentDate) {

    /** The variable names, as written between double braces in prompt files. */
    public static final List<String> NAMES = List.of("dialects", "current_date");

    public PromptVariables {
        requireNonNull(dialects, "dialects");
        requireNonNull(currentDate, "currentDate");
        if (dialects.contains("{{")) {
            throw new IllegalArgumentException("dialects must not contain '{{'");
        }
    }

    Map<String, String> asMap() {
        return Map.of("dialects", dialects, "current_date", currentDate.toString());
    }
}
