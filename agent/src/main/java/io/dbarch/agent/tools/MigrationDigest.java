package io.dbarch.agent.tools;

import io.dbarch.knowledge.migration.Hazard;
import io.dbarch.knowledge.migration.MigrationPlan;
import io.dbarch.knowledge.migration.MigrationStep;
import java.util.stream.Collectors;

/** A migration plan condensed for the model: its summary, then one line per script with hazards and deploys. */
final class MigrationDigest {

    static final int STEPS_SHOWN = 20;

    private MigrationDigest() {
    }

    static String of(MigrationPlan plan, String scriptsId, String checklistId) {
        var out = new StringBuilder(plan.summary()).append('\n');
        if (plan.empty()) {
            return out.toString().strip();
        }
        out.append("Scripts: ").append(scriptsId).append(" (all Flyway files), checklist: ").append(checklistId)
                .append(".\nSteps:\n");
        plan.steps().stream().limit(STEPS_SHOWN).forEach(s -> out.append(line(s)).append('\n'));
        if (plan.steps().size() > STEPS_SHOWN) {
            out.append("… and ").append(plan.steps().size() - STEPS_SHOWN).append(" more in ").append(scriptsId)
                    .append('\n');
        }
        return out.toString().strip();
    }

    private static String line(MigrationStep s) {
        String hazards = s.hazards().stream().map(Hazard::asLine).map(MigrationDigest::clip)
                .collect(Collectors.joining("; "));
        return "- V" + s.version() + " " + s.phase().id() + ": " + clip(s.description())
                + (s.transactional() ? "" : " (outside a transaction)")
                + s.deployBefore().map(d -> "; deploy first: " + clip(d)).orElse("")
                + (hazards.isEmpty() ? "" : "; hazards: " + hazards)
                + (s.reversible() ? "" : "; cannot be undone");
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= 200 ? one : one.substring(0, 200) + "…";
    }
}
