package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SchemaModel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An ordered, dependency-aware plan from one schema to another.
 *
 * @param from      the schema the database has now
 * @param to        the schema it should have
 * @param options   how it was planned
 * @param changes   the differences found, one line each, e.g. {@code add column public.orders.note text}
 * @param steps     the migration scripts in order (expand, then backfill, then contract)
 * @param decisions what a person must decide before the plan can ship (possible renames, backfill values)
 * @param refusals  changes the plan leaves out on purpose, with the reason
 * @param notes     other facts worth knowing, e.g. that a column moves to the end of its table
 */
public record MigrationPlan(
        SchemaModel from, SchemaModel to, PlanOptions options, List<String> changes, List<MigrationStep> steps,
        List<Decision> decisions, List<Refusal> refusals, List<String> notes) {

    public MigrationPlan {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(options, "options");
        changes = List.copyOf(changes);
        steps = List.copyOf(steps);
        decisions = List.copyOf(decisions);
        refusals = List.copyOf(refusals);
        notes = List.copyOf(notes);
    }

    /** True when nothing is pending: no decision to take and no change left out. */
    public boolean ready() {
        return decisions.isEmpty() && refusals.isEmpty();
    }

    /** True when the two schemas are the same. */
    public boolean empty() {
        return changes.isEmpty();
    }

    public Dialect dialect() {
        return to.dialect();
    }

    public List<Decision> possibleRenames() {
        return decisions.stream().filter(d -> d.kind() == Decision.Kind.POSSIBLE_RENAME).toList();
    }

    /** Number of steps carrying each hazard kind. */
    public Map<HazardKind, Long> hazardCounts() {
        Map<HazardKind, Long> counts = new EnumMap<>(HazardKind.class);
        for (MigrationStep step : steps) {
            step.hazards().stream().map(Hazard::kind).distinct().forEach(k -> counts.merge(k, 1L, Long::sum));
        }
        return counts;
    }

    /** A few lines for a person or a model: size, phases, hazards and what is pending. */
    public String summary() {
        if (empty()) {
            return "The schemas are the same: nothing to migrate.";
        }
        var text = new StringBuilder();
        Map<Phase, Long> byPhase = steps.stream().collect(Collectors.groupingBy(MigrationStep::phase,
                () -> new EnumMap<>(Phase.class), Collectors.counting()));
        text.append(changes.size()).append(changes.size() == 1 ? " change" : " changes").append(" in ")
                .append(steps.size()).append(steps.size() == 1 ? " script" : " scripts").append(" (")
                .append(options.mode().name().toLowerCase(java.util.Locale.ROOT)).append(" mode, ")
                .append(dialect().id()).append("): ")
                .append(byPhase.entrySet().stream().map(e -> e.getValue() + " " + e.getKey().id())
                        .collect(Collectors.joining(", "))).append('.');
        Map<HazardKind, Long> hazards = hazardCounts();
        if (!hazards.isEmpty()) {
            text.append("\nHazards: ").append(hazards.entrySet().stream()
                    .map(e -> e.getKey().id() + " x" + e.getValue()).collect(Collectors.joining(", "))).append('.');
        }
        long deploys = steps.stream().filter(s -> s.deployBefore().isPresent()).count();
        if (deploys > 0) {
            text.append("\nApplication deploy points: ").append(deploys).append('.');
        }
        decisions.stream().limit(5).forEach(d -> text.append("\nDecide: ").append(d.asLine()));
        refusals.stream().limit(5).forEach(r -> text.append("\nNot planned: ").append(r.asLine()));
        if (!ready()) {
            text.append("\nNot ready: ").append(decisions.size()).append(" decision(s), ")
                    .append(refusals.size()).append(" refusal(s) pending.");
        }
        return text.toString();
    }
}
