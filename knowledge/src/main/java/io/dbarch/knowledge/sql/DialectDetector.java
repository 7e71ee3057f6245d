package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import java.util.List;
import java.util.Locale;

/**
 * Guesses whether a script is PostgreSQL or MySQL by counting tell-tale constructs outside comments in its first
 * 64 KB; PostgreSQL when in doubt. Plain substring counting keeps it a small fraction of reading time.
 */
final class DialectDetector {

    private static final List<String> MYSQL = List.of("`", " engine=", " engine =", ") engine ", "auto_increment",
            "\ndelimiter ", " unsigned", "default charset", "lock tables", "/*!", " add index", " add key",
            "modify column", "change column", "drop foreign key", " datetime");
    private static final List<String> POSTGRES = List.of("::", "$$", " serial", "bigserial", "create extension",
            "\n\\", " jsonb", "timestamptz", "pg_catalog.", "owner to", "concurrently", "using gin", "using gist",
            "plpgsql", "regclass", "with time zone");
    private static final int SAMPLE = 64 * 1024;

    private DialectDetector() {
    }

    static Dialect detect(String text) {
        String raw = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        String sample = withoutComments(raw).toLowerCase(Locale.ROOT);
        int mysql = count(sample, MYSQL) + (raw.contains("/*!") ? 1 : 0);
        int postgres = count(sample, POSTGRES);
        return mysql > postgres ? Dialect.MYSQL : Dialect.POSTGRESQL;
    }

    private static int count(String sample, List<String> markers) {
        int n = 0;
        for (String marker : markers) {
            for (int i = sample.indexOf(marker); i >= 0 && n < 10_000; i = sample.indexOf(marker, i + 1)) {
                n++;
            }
        }
        return n;
    }

    /** Drops line and block comments so words inside them (say, a `backtick` in prose) do not count. */
    private static String withoutComments(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("--", i)) {
                int nl = s.indexOf('\n', i);
                i = nl < 0 ? s.length() : nl;
            } else if (s.startsWith("/*", i) && !s.startsWith("/*!", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }
}
