package io.dbarch.agent.offline;

import io.dbarch.agent.tools.DesignSectionTools;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request for a runbook in prose ("give me a failover drill runbook"): the runbooks section is written from what
 * the conversation states (defaults otherwise, said so), every runbook is stored as an artifact, and the one asked
 * for is read back in a second round so that the answer shows it.
 */
final class Runbook {

    static final String FAILOVER = "failover-drill";
    static final String RESTORE = "restore-drill";
    static final String LOAD_TEST = "load-test";
    static final String CUTOVER = "migration-cutover";

    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:run ?books?|playbooks?)\\b");
    /** "a drill", "a load test plan": a runbook only when asked for, not when asked about. */
    private static final Pattern DRILL = Pattern.compile("(?i)\\bdrills?\\b|\\bload[- ]test(?:ing)?\\s+(?:plan|script)s?\\b");
    /** Each runbook and the words that ask for it, tried in this order; a request naming none gets the failover drill. */
    private static final Map<String, Pattern> KINDS = kinds();

    private Runbook() {
    }

    /** The runbook the text asks for (its file stem), when it asks for one. */
    static Optional<String> requested(String text) {
        boolean drill = DRILL.matcher(text).find() && Wording.asksToProduce(text);
        if (!NAMED.matcher(text).find() && !drill) {
            return Optional.empty();
        }
        return Optional.of(KINDS.entrySet().stream().filter(e -> e.getValue().matcher(text).find())
                .map(Map.Entry::getKey).findFirst().orElse(FAILOVER));
    }

    /** The read of the requested runbook, once the section is written and before it was read. */
    static Optional<ToolCall> readNext(Intent intent, Conversation c) {
        return SectionFiles.readNext(c, intent.subject().orElse(FAILOVER) + ".md");
    }

    static String compose(Intent intent, Conversation c) {
        Optional<String> failed = SectionFiles.failure(c, "the runbooks");
        if (failed.isPresent()) {
            return failed.get();
        }
        String name = intent.subject().orElse(FAILOVER).replace('-', ' ');
        String text = c.result(DesignSectionTools.DESIGN_SECTION).orElseThrow().text();
        String files = text.contains("Runbook files:") ? text.substring(text.indexOf("Runbook files:")).strip() : "";
        String body = SectionFiles.read(c).orElse(text);
        return new Sections()
                .section("Summary", "Here is the " + name + " runbook. I wrote it from what this conversation states "
                        + "and from dbarch's defaults where it states nothing (its pass criteria name the RPO and "
                        + "RTO it assumed); attach your requirements to have every step use your topology, targets "
                        + "and workload.")
                .section("Deliverables", body)
                .section("Runbooks", files)
                .numbered("Next steps", List.of(
                        "Rehearse it in staging first, then in production at a quiet hour with the write probe "
                                + "running, and record the measured downtime and data loss.",
                        "Attach a requirements YAML (RPO, RTO, regions, peak reads and writes) to tailor every "
                                + "runbook; ask for another one by name (\"restore drill runbook\", \"load test "
                                + "runbook\").",
                        "Read the rest of a long runbook with \"read <id> page 2\"."))
                .build();
    }

    private static Map<String, Pattern> kinds() {
        Map<String, Pattern> kinds = new LinkedHashMap<>();
        kinds.put(RESTORE, Pattern.compile("(?i)\\b(?:restore|backups?|pitr|point[- ]in[- ]time)\\b"));
        kinds.put(LOAD_TEST, Pattern.compile("(?i)\\b(?:load[- ]test(?:ing)?|pgbench|benchmark|stress)\\b"));
        kinds.put(CUTOVER, Pattern.compile("(?i)\\b(?:migration|cut-?over|schema change)\\b"));
        kinds.put(FAILOVER, Pattern.compile("(?i)\\b(?:failover|fail-over|switchover|promot\\w*|standby|replicas?)\\b"));
        return java.util.Collections.unmodifiableMap(kinds);
    }
}
