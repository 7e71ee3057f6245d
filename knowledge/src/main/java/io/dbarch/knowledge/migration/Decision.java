package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * Something the planner will not decide alone; while one is pending the plan is not ready to ship.
 *
 * @param kind       what has to be decided
 * @param subject    the object, e.g. {@code public.accounts.full_name}
 * @param message    what was found, for a person
 * @param resolution how to decide, e.g. {@code --rename accounts.full_name=accounts.display_name}
 * @param suggestion the hint that would resolve it as the planner guesses ({@code old=new} for a rename,
 *                   {@code table.column} for a backfill value), when it has a guess
 */
public record Decision(Kind kind, String subject, String message, String resolution, Optional<String> suggestion) {

    /** What has to be decided. */
    public enum Kind {
        /** A table or column disappears while a compatible one appears: rename, or drop + add? */
        POSSIBLE_RENAME,
        /** A new NOT NULL column without a default needs a value for the rows that exist. */
        BACKFILL_VALUE
    }

    public Decision {
        requireNonNull(kind, "kind");
        requireNonNull(subject, "subject");
        requireNonNull(message, "message");
        requireNonNull(resolution, "resolution");
        requireNonNull(suggestion, "suggestion");
    }

    public String asLine() {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + subject + ": " + message
                + " " + resolution;
    }
}
