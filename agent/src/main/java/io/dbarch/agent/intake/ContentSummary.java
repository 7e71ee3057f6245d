package io.dbarch.agent.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Cheap one-line summaries of stored inputs (no parsing): statement counts and names for SQL, keys for YAML/JSON. */
final class ContentSummary {

    static final int NAMES = 8;
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)\\bcreate\\s+(?:(?:global|local|temporary|temp|unlogged)\\s+)*table\\s+(?:if\\s+not\\s+exists\\s+)?"
                    + "([\"`]?[\\w.$]+[\"`]?(?:\\.[\"`]?[\\w$]+[\"`]?)?)");
    private static final List<Map.Entry<String, Pattern>> KINDS = List.of(
            Map.entry("CREATE INDEX", Pattern.compile("(?i)\\bcreate\\s+(?:unique\\s+)?index\\b")),
            Map.entry("ALTER TABLE", Pattern.compile("(?i)\\balter\\s+table\\b")),
            Map.entry("CREATE VIEW",
                    Pattern.compile("(?i)\\bcreate\\s+(?:or\\s+replace\\s+)?(?:materialized\\s+)?view\\b")),
            Map.entry("CREATE TYPE", Pattern.compile("(?i)\\bcreate\\s+type\\b")),
            Map.entry("DROP", Pattern.compile("(?i)\\bdrop\\s+(?:table|index|column|view|type)\\b")));

    private static final Pattern TOP_KEY = Pattern.compile("(?m)^([A-Za-z_][\\w-]*)\\s*:");
    private static final Pattern JSON_KEY = Pattern.compile("\"([A-Za-z_][\\w-]*)\"\\s*:");

    private ContentSummary() {
    }

    static String sql(String text) {
        List<String> tables = new ArrayList<>();
        Matcher m = CREATE_TABLE.matcher(text);
        while (m.find()) {
            tables.add(m.group(1).replace("\"", "").replace("`", ""));
        }
        var parts = new ArrayList<String>();
        parts.add("SQL, " + lines(text) + " lines");
        parts.add(tables.size() + " CREATE TABLE");
        for (Map.Entry<String, Pattern> kind : KINDS) {
            long n = kind.getValue().matcher(text).results().count();
            if (n > 0) {
                parts.add(n + " " + kind.getKey());
            }
        }
        String names = tables.isEmpty() ? "" : "; tables: " + tables.stream().limit(NAMES)
                .collect(Collectors.joining(", ")) + (tables.size() > NAMES ? ", …" : "");
        return String.join(", ", parts) + names;
    }

    static String structured(String text, boolean json) {
        Matcher m = (json ? JSON_KEY : TOP_KEY).matcher(text);
        List<String> keys = new ArrayList<>();
        while (m.find() && keys.size() < 12) {
            if (!keys.contains(m.group(1))) {
                keys.add(m.group(1));
            }
        }
        return (json ? "JSON" : "YAML") + ", " + lines(text) + " lines" + (keys.isEmpty() ? ""
                : "; keys: " + String.join(", ", keys));
    }

    static String text(String text) {
        return "text, " + lines(text) + " lines, " + text.length() + " characters";
    }

    static boolean looksLikeYaml(String name, String label) {
        String l = (label + " " + name).toLowerCase(Locale.ROOT);
        return l.contains("yaml") || l.endsWith(".yml") || l.contains("yml ");
    }

    private static long lines(String text) {
        return text.isEmpty() ? 0 : text.lines().count();
    }
}
