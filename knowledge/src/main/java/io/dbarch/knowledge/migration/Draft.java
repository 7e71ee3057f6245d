package io.dbarch.knowledge.migration;

import java.util.ArrayList;
import java.util.List;

/** What planning collects: actions, decisions, refusals and notes. One per planning run, not shared. */
final class Draft {

    final List<Action> actions = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final List<Refusal> refusals = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    /** {@code table.column} keys of columns changed by expand/contract: their indexes and checks go with the swap. */
    final java.util.Set<String> swapped = new java.util.HashSet<>();

    void add(Action action) {
        actions.add(action);
    }

    void refuse(String subject, String reason) {
        refusals.add(new Refusal(subject, reason));
    }

    void note(String note) {
        if (!notes.contains(note)) {
            notes.add(note);
        }
    }
}
