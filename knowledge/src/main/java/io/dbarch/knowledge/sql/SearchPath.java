package io.dbarch.knowledge.sql;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Follows {@code SET search_path} so unqualified names land in the schema PostgreSQL would put them in. */
final class SearchPath {

    private static final Pattern SET = Pattern.compile(
            "(?is)^set\\s+(?:session\\s+|local\\s+)?search_path\\s*(?:to|=)\\s*(.*)$");
    private static final Pattern SET_CONFIG = Pattern.compile(
            "(?is)^select\\s+(?:pg_catalog\\.)?set_config\\s*\\(\\s*'search_path'\\s*,\\s*'([^']*)'.*$");

    private SearchPath() {
    }

    /** The first schema of a new search path, empty for an empty path; empty Optional if not a search_path change. */
    static Optional<String> firstSchema(String statement) {
        Matcher m = SET.matcher(statement);
        Matcher c = SET_CONFIG.matcher(statement);
        String list;
        if (m.matches()) {
            list = m.group(1);
        } else if (c.matches()) {
            list = c.group(1);
        } else {
            return Optional.empty();
        }
        for (String part : list.split(",")) {
            String p = part.strip();
            if (p.startsWith("'") && p.endsWith("'") && p.length() >= 2) {
                p = p.substring(1, p.length() - 1).strip();
            }
            if (p.isEmpty() || p.equals("\"$user\"") || p.equalsIgnoreCase("default") || p.equals("pg_catalog")) {
                continue;
            }
            return Optional.of(p.startsWith("\"") ? p.substring(1, p.length() - 1) : p.toLowerCase(Locale.ROOT));
        }
        return Optional.of("");
    }
}
