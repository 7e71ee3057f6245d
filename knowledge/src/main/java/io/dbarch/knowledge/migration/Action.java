package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One planned change before packing into scripts.
 *
 * @param stage         when it runs
 * @param order         order within the stage (table dependency order); lower first
 * @param group         actions of the same stage and group may share a script (e.g. one table's changes)
 * @param longRunning   gets the long statement timeout (index builds, validations, backfills, rewrites)
 * @param touches       {@code table.column} keys (lower case, unqualified table) whose type changes or that go
 *                      away here: views reading them must not exist while this runs
 */
record Action(
        Stage stage, int order, String group, String description, List<String> statements, List<String> undo,
        boolean transactional, boolean longRunning, List<Hazard> hazards, Optional<String> deployBefore,
        List<String> touches) {

    /** The undo of a step that only checks or copies rows. */
    static final String NOTHING_TO_UNDO = "-- nothing to undo: this only checks or copies rows";

    Action {
        requireNonNull(stage, "stage");
        requireNonNull(group, "group");
        requireNonNull(description, "description");
        statements = List.copyOf(statements);
        undo = List.copyOf(undo);
        hazards = List.copyOf(hazards);
        requireNonNull(deployBefore, "deployBefore");
        touches = List.copyOf(touches);
    }

    /** A transactional, quick action without hazards; add them with the withers. */
    static Action of(Stage stage, String group, String description, List<String> statements, List<String> undo) {
        return new Action(stage, 0, group, description, statements, undo, true, false, List.of(),
                Optional.empty(), List.of());
    }

    Action nonTransactional() {
        return new Action(stage, order, group, description, statements, undo, false, longRunning, hazards,
                deployBefore, touches);
    }

    Action asLongRunning() {
        return new Action(stage, order, group, description, statements, undo, transactional, true, hazards,
                deployBefore, touches);
    }

    Action order(int newOrder) {
        return new Action(stage, newOrder, group, description, statements, undo, transactional, longRunning,
                hazards, deployBefore, touches);
    }

    Action hazard(HazardKind kind, String message) {
        var list = new ArrayList<>(hazards);
        list.add(new Hazard(kind, message));
        return new Action(stage, order, group, description, statements, undo, transactional, longRunning, list,
                deployBefore, touches);
    }

    Action hazards(List<Hazard> more) {
        var list = new ArrayList<>(hazards);
        list.addAll(more);
        return new Action(stage, order, group, description, statements, undo, transactional, longRunning, list,
                deployBefore, touches);
    }

    Action deployBefore(String note) {
        return new Action(stage, order, group, description, statements, undo, transactional, longRunning, hazards,
                Optional.of(note), touches);
    }

    Action touches(List<String> keys) {
        return new Action(stage, order, group, description, statements, undo, transactional, longRunning, hazards,
                deployBefore, keys);
    }

    static String touchKey(io.dbarch.knowledge.schema.QualifiedName table, String column) {
        return (table.name() + "." + column).toLowerCase(java.util.Locale.ROOT);
    }
}
