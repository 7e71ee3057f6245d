package io.dbarch.agent.offline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Design a schema for a library: books, members, loans, fines" — a design asked for in prose, with the entities
 * named but not their attributes or relationships, which decide keys and constraints. Rather than guess them, the
 * answer asks for exactly those, with a requirements file to fill in that already lists the named entities.
 */
final class DomainRequest {

    static final int MAX_ENTITIES = 12;

    private static final Pattern ASKED = Pattern.compile("(?i)\\b(?:design|model|create|draft|build)\\b.{0,30}"
            + "\\b(?:schema|database|data ?model|tables)\\b");
    private static final Pattern FOR = Pattern.compile("(?i)\\bfor (?:an? |the |our |my )?([a-z][a-z -]{1,40}?)"
            + "(?:[:,(]|\\s+with\\b|\\s+that\\b|$)");
    private static final Pattern LIST = Pattern.compile("(?i)(?::|\\bwith\\b|\\bof\\b)\\s*([a-z][a-z ,]+(?:\\band\\b"
            + "[a-z ]+)?)");

    private DomainRequest() {
    }

    /** True when the text asks for a schema to be designed and names at least two of its entities. */
    static boolean requested(String text) {
        return ASKED.matcher(text).find() && entities(text).size() >= 2;
    }

    static String compose(String text) {
        String t = text.length() > 600 ? text.substring(0, 600) : text;
        String system = name(t);
        List<String> entities = entities(t);
        var yaml = new StringBuilder("name: ").append(system).append("\n")
                .append("# attribute types: text, string(N), email, money, status (with values: [...]), timestamp,\n")
                .append("# date, boolean, integer, bigint, decimal(P,S), json, uuid; personal: true marks personal data\n")
                .append("domain:\n  entities:\n");
        for (String e : entities.isEmpty() ? List.of("entity_one", "entity_two") : entities) {
            yaml.append("    - name: ").append(e).append("\n      rows: 1000        # rows today\n")
                    .append("      attributes:       # replace with the real ones\n")
                    .append("        - {name: name, type: string(200), required: true}\n");
        }
        yaml.append("  relationships: []     # which entity references which, e.g. {from: ")
                .append(entities.size() > 1 ? entities.get(entities.size() - 1) : "entity_two")
                .append(", to: ").append(entities.isEmpty() ? "entity_one" : entities.get(0))
                .append(", kind: many-to-one, required: true}\n")
                .append("# workload: {peakReadsPerSecond: 200, peakWritesPerSecond: 20}\n")
                .append("# slas: {availabilityPercent: 99.9, rpoSeconds: 300, rtoMinutes: 60}\n")
                .append("# compliance: {regimes: [GDPR]}\n");
        String named = entities.isEmpty() ? "" : " (" + String.join(", ", entities) + ")";
        return new Sections()
                .section("Summary", "To design the " + system.replace('_', ' ') + " schema" + named + " I need what "
                        + "decides its keys and constraints: each entity's attributes, which entity references which "
                        + "(and whether it must), and roughly how many rows. I will not guess them.")
                .section("Deliverables", "A requirements file to fill in, with the entities you named:\n\n```yaml\n"
                        + yaml + "```")
                .numbered("Next steps", List.of(
                        "Fill in the attributes and relationships (uncomment workload, SLAs and compliance if you "
                                + "know them) and send the file back, pasted in a ```yaml block or attached.",
                        "I then check it for conflicts and design the schema: PostgreSQL and MySQL DDL, the ERD, "
                                + "HA/DR and capacity, each with its trade-offs."))
                .build();
    }

    private static String name(String text) {
        Matcher m = FOR.matcher(text);
        if (!m.find()) {
            return "your_system";
        }
        String words = m.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").replaceAll("\\s+", "_");
        return words.isEmpty() ? "your_system" : words.length() > 40 ? words.substring(0, 40) : words;
    }

    /** The nouns listed after a colon, "with" or "of": lower_snake_case and singular, at most {@link #MAX_ENTITIES}. */
    static List<String> entities(String text) {
        Matcher m = LIST.matcher(text);
        List<String> out = new ArrayList<>();
        String best = "";
        while (m.find()) {
            if (m.group(1).contains(",") || m.group(1).contains(" and ")) {
                best = m.group(1);
                break;
            }
        }
        for (String part : best.split(",|\\band\\b")) {
            String word = part.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
            if (word.isEmpty() || word.length() > 40 || !word.matches("[a-z][a-z_]*")) {
                continue;
            }
            String singular = singular(word);
            if (!out.contains(singular) && out.size() < MAX_ENTITIES) {
                out.add(singular);
            }
        }
        return out;
    }

    private static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && word.length() > 3) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
