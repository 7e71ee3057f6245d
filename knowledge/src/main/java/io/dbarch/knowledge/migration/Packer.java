package io.dbarch.knowledge.migration;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Packs ordered actions into migration scripts. Safe mode: one transaction per stage and table (short lock
 * holds, and a validation never shares a transaction with the ADD … NOT VALID before it), every
 * non-transactional action in a script of its own. Simple mode: one transaction per phase where possible.
 * Every script starts with its lock and statement timeouts.
 */
final class Packer {

    private final PlanOptions options;
    private final List<String> timeouts;

    Packer(PlanOptions options, List<String> timeouts) {
        this.options = options;
        this.timeouts = timeouts;
    }

    List<MigrationStep> pack(List<Action> actions) {
        List<Action> sorted = IntStream.range(0, actions.size()).boxed()
                .sorted(Comparator.<Integer>comparingInt(i -> actions.get(i).stage().ordinal())
                        .thenComparingInt(i -> actions.get(i).order()).thenComparingInt(i -> i))
                .map(actions::get).filter(a -> !a.statements().isEmpty()).toList();
        List<List<Action>> scripts = new ArrayList<>();
        for (Action action : sorted) {
            List<Action> last = scripts.isEmpty() ? null : scripts.get(scripts.size() - 1);
            if (last != null && fits(last.get(last.size() - 1), action)) {
                last.add(action);
            } else {
                scripts.add(new ArrayList<>(List.of(action)));
            }
        }
        List<MigrationStep> steps = new ArrayList<>();
        boolean contractSeen = false;
        for (List<Action> script : scripts) {
            Phase phase = script.get(0).stage().phase();
            Optional<String> deploy = Optional.empty();
            if (phase == Phase.CONTRACT && !contractSeen) {
                contractSeen = true;
                deploy = contractDeploy(actions);
            }
            steps.add(step(options.firstVersion() + steps.size(), script, deploy));
        }
        return steps;
    }

    private boolean fits(Action previous, Action next) {
        if (!previous.transactional() || !next.transactional()
                || previous.stage().phase() != next.stage().phase()) {
            return false;
        }
        if (options.mode() == Mode.SIMPLE) {
            return true;
        }
        return previous.stage() == next.stage() && previous.group().equals(next.group());
    }

    /** The deploy point before the contract phase: every distinct reason the contract steps give. */
    private static Optional<String> contractDeploy(List<Action> actions) {
        Set<String> notes = new LinkedHashSet<>();
        actions.stream().filter(a -> a.stage().phase() == Phase.CONTRACT)
                .forEach(a -> a.deployBefore().ifPresent(notes::add));
        boolean breaks = actions.stream().anyMatch(a -> a.stage().phase() == Phase.CONTRACT
                && a.hazards().stream().anyMatch(h -> h.kind() == HazardKind.BREAKS_RUNNING_APP));
        if (notes.isEmpty() && breaks) {
            notes.add("Deploy the application version that writes rows valid for the new constraints.");
        }
        return notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
    }

    private MigrationStep step(int version, List<Action> script, Optional<String> deploy) {
        boolean transactional = script.get(0).transactional();
        boolean longRunning = script.stream().anyMatch(Action::longRunning);
        List<String> statements = new ArrayList<>(timeouts(longRunning));
        script.forEach(a -> statements.addAll(a.statements()));
        List<String> undo = new ArrayList<>();
        boolean reversible = script.stream().allMatch(a -> !a.undo().isEmpty());
        if (reversible) {
            undo.addAll(timeouts(longRunning));
            for (int i = script.size() - 1; i >= 0; i--) {
                undo.addAll(script.get(i).undo());
            }
        }
        List<Hazard> hazards = new ArrayList<>();
        script.forEach(a -> a.hazards().stream().filter(h -> !hazards.contains(h)).forEach(hazards::add));
        if (!reversible && hazards.stream().noneMatch(h -> h.kind() == HazardKind.IRREVERSIBLE)) {
            hazards.add(new Hazard(HazardKind.IRREVERSIBLE, "no undo script: " + script.stream()
                    .filter(a -> a.undo().isEmpty()).map(Action::description).findFirst().orElse("")
                    + " cannot be reversed by SQL alone"));
        }
        String description = script.size() == 1 ? script.get(0).description()
                : script.stream().map(Action::description).collect(Collectors.joining("; "));
        return new MigrationStep(version, script.get(0).stage().phase(), description, statements, undo,
                transactional, hazards, deploy);
    }

    private List<String> timeouts(boolean longRunning) {
        return List.of(timeouts.get(0), longRunning ? timeouts.get(2) : timeouts.get(1));
    }
}
