package io.dbarch.agent.offline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A follow-up about the schema under discussion that the linter answers: "what would you change first?" (the most
 * serious findings, in order) or "which tables have no index on their foreign keys?" (every finding of that rule),
 * rather than a general answer from the knowledge base.
 */
final class FindingsRequest {

    /** The subject of a "what first" request; otherwise the subject is a rule id. */
    static final String FIRST = "first";

    private static final Pattern FIRST_ASKED = Pattern.compile("(?i)\\b(?:what|which)\\b[^?]{0,40}\\b(?:first|"
            + "priorit\\w*|most (?:important|urgent|serious))\\b|\\bwhere (?:should|do) (?:i|we) start\\b|\\btop "
            + "(?:issues|problems|findings|fixes)\\b|\\bfix(?:ed)? first\\b|\\bprioriti[sz]e\\b");
    private static final Pattern LISTING = Pattern.compile("(?i)\\b(?:which|what|list|show|find|any|where|are "
            + "there)\\b|\\?");
    private static final Map<String, Pattern> RULES = rules();

    private FindingsRequest() {
    }

    /** What the text asks the linter, when it asks it something: {@link #FIRST} or a rule id. */
    static Optional<String> find(String text) {
        if (FIRST_ASKED.matcher(text).find()) {
            return Optional.of(FIRST);
        }
        if (!LISTING.matcher(text).find()) {
            return Optional.empty();
        }
        return RULES.entrySet().stream().filter(e -> e.getValue().matcher(text).find()).map(Map.Entry::getKey)
                .findFirst();
    }

    static String compose(Intent intent, Conversation c) {
        Optional<ToolOutcome> lint = c.result(Planner.LINT);
        String label = c.currentSql().map(ScriptRef::label).orElse("the schema");
        if (lint.isEmpty() || lint.get().failed()) {
            return new Sections().section("Summary", "I could not lint " + label + ": "
                    + lint.map(ToolOutcome::text).orElse("the linter gave no result.")).build();
        }
        String text = lint.get().text();
        boolean first = intent.subject().filter(FIRST::equals).isPresent();
        if (first) {
            int most = text.indexOf("Most serious");
            return new Sections()
                    .section("Summary", "What I would change first in " + label + ", most serious first (errors, "
                            + "then warnings; at most two per rule, each with its fix):")
                    .section("Findings", most < 0 ? text : text.substring(most))
                    .numbered("Next steps", List.of(
                            "Fix the errors before anything else: each one is a defect, not a matter of style.",
                            "Ask for every finding of one rule, e.g. \"which tables have no index on their foreign "
                                    + "keys?\"; the full report is the artifact named in the first line above.",
                            "Tell me the workload of the largest tables, so keys and indexes can be weighed against "
                                    + "it."))
                    .build();
        }
        String rule = intent.subject().orElse("that rule");
        if (text.contains(": 0 findings of ")) {
            return new Sections()
                    .section("Summary", "No: " + label + " has no finding of " + rule + ". " + text.lines()
                            .findFirst().orElse(""))
                    .numbered("Next steps", List.of("Ask what to change first for the most serious findings of "
                            + "every rule."))
                    .build();
        }
        return new Sections()
                .section("Summary", "The findings of " + rule + " in " + label + ":")
                .section("Findings", text)
                .numbered("Next steps", List.of("Ask what to change first for the most serious findings of every "
                        + "rule.", "Read the full report artifact for the other rules."))
                .build();
    }

    private static Map<String, Pattern> rules() {
        Map<String, Pattern> rules = new LinkedHashMap<>();
        rules.put("require-foreign-key-index", Pattern.compile("(?i)\\bindex\\w*\\b.{0,40}\\bforeign keys?\\b|\\b"
                + "foreign keys?\\b.{0,40}\\b(?:without|no|missing|lack\\w*)\\b.{0,20}\\bindex|\\bunindexed foreign"));
        rules.put("require-primary-key", Pattern.compile("(?i)\\b(?:no|missing|without|lack\\w*)\\b.{0,20}\\b"
                + "primary keys?\\b"));
        rules.put("redundant-index", Pattern.compile("(?i)\\b(?:redundant|duplicated?|unneeded|overlapping)\\b"
                + ".{0,20}\\bindex"));
        rules.put("plaintext-password", Pattern.compile("(?i)\\bpasswords?\\b"));
        rules.put("sensitive-data-unprotected", Pattern.compile("(?i)\\b(?:pii|personal data|sensitive (?:data|"
                + "columns?))\\b"));
        rules.put("prefer-timestamptz", Pattern.compile("(?i)\\btime ?zones?\\b|\\btimestamptz\\b"));
        rules.put("prefer-bigint-over-int", Pattern.compile("(?i)\\brun out of (?:ids|values|keys)\\b|\\binteger "
                + "(?:keys|overflow)\\b|\\bbigint\\b"));
        return rules;
    }
}
