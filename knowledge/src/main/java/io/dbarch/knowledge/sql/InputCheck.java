package io.dbarch.knowledge.sql;

import java.util.Optional;

/** Rejects text that is not SQL at all (binary data), before any parsing. */
final class InputCheck {

    private static final int SAMPLE = 64 * 1024;

    private InputCheck() {
    }

    static Optional<String> problem(String text) {
        int n = Math.min(text.length(), SAMPLE);
        int control = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return Optional.of("the input contains NUL bytes, so it is binary data, not SQL text;"
                        + " pass a .sql file (a pg_dump with --format=plain, or mysqldump output)");
            }
            if (c < 32 && c != '\n' && c != '\r' && c != '\t' && c != '\f' || c == '\uFFFD') {
                control++;
            }
        }
        if (n > 0 && control * 20 > n) {
            return Optional.of("the input is mostly control or undecodable characters, so it is not UTF-8 SQL"
                    + " text; pass a plain-text .sql file");
        }
        return Optional.empty();
    }
}
