package io.dbarch.knowledge.sql;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Limits applied to every session that runs SQL in a sandbox database.
 *
 * @param statementTimeout longest a single statement may run ({@code statement_timeout}); the client also cancels
 *                         a statement that outlives it by two seconds, in case the SQL itself lifted the setting
 * @param lockTimeout      longest a statement may wait for a lock ({@code lock_timeout})
 */
public record SandboxLimits(Duration statementTimeout, Duration lockTimeout) {

    /** Environment variable for the statement timeout, e.g. {@code 30s}, {@code 500ms}, {@code 2m}. */
    public static final String STATEMENT_TIMEOUT_ENV = "DBARCH_SANDBOX_STATEMENT_TIMEOUT";
    /** Environment variable for the lock timeout, same format. */
    public static final String LOCK_TIMEOUT_ENV = "DBARCH_SANDBOX_LOCK_TIMEOUT";

    private static final Duration MAX = Duration.ofHours(1);
    private static final Pattern DURATION = Pattern.compile("(\\d{1,7})\\s*(ms|s|m)?");

    public SandboxLimits {
        requireNonNull(statementTimeout, "statementTimeout");
        requireNonNull(lockTimeout, "lockTimeout");
        check("statementTimeout", statementTimeout);
        check("lockTimeout", lockTimeout);
    }

    /** 30 s per statement, 5 s lock wait. */
    public static SandboxLimits defaults() {
        return new SandboxLimits(Duration.ofSeconds(30), Duration.ofSeconds(5));
    }

    /**
     * The defaults, overridden by {@value #STATEMENT_TIMEOUT_ENV} and {@value #LOCK_TIMEOUT_ENV} when set.
     *
     * @throws IllegalArgumentException naming the variable when a value is malformed or out of range
     */
    public static SandboxLimits fromEnvironment(Map<String, String> env) {
        requireNonNull(env, "env");
        SandboxLimits defaults = defaults();
        return new SandboxLimits(
                parse(env, STATEMENT_TIMEOUT_ENV, defaults.statementTimeout),
                parse(env, LOCK_TIMEOUT_ENV, defaults.lockTimeout));
    }

    private static Duration parse(Map<String, String> env, String name, Duration fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Matcher m = DURATION.matcher(value.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException(name + "='" + value
                    + "' is not a duration; use a whole number with ms, s or m, e.g. 30s or 500ms");
        }
        long amount = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "ms" : m.group(2);
        Duration d = switch (unit) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofMillis(amount);
        };
        if (d.isZero() || d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(name + "='" + value + "' is out of range; use between 1ms and 60m");
        }
        return d;
    }

    private static void check(String name, Duration d) {
        if (d.isNegative() || d.isZero() || d.compareTo(MAX) > 0) {
            throw new IllegalArgumentException(name + " must be between 1 ms and 1 hour, was " + d);
        }
    }
}
