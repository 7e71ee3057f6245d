package io.dbarch.knowledge.erd;

import io.dbarch.knowledge.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staggers the children of a hub. A table referenced by many tables that nothing references would get all of them
 * on one rank: a very wide picture with crowded line ends. Giving every second or third such line one or two extra
 * ranks ({@code ---}, {@code ----}) spreads them over up to three rows.
 */
final class LineLengths {

    /** A hub with more leaf children than this gets them staggered. */
    static final int FAN_OUT = 5;
    static final int MAX_EXTRA_RANKS = 2;

    private LineLengths() {
    }

    /** The dashes of each relationship's line, {@code --} unless staggered. */
    static Map<Relationship, String> of(List<Relationship> lines) {
        Set<QualifiedName> parents = new HashSet<>();
        lines.stream().filter(r -> !r.selfReference()).forEach(r -> parents.add(r.parent()));
        Map<QualifiedName, List<Relationship>> leavesByParent = new HashMap<>();
        for (Relationship r : lines) {
            if (!r.selfReference() && !parents.contains(r.child())) {
                leavesByParent.computeIfAbsent(r.parent(), p -> new ArrayList<>()).add(r);
            }
        }
        Map<Relationship, String> dashes = new HashMap<>();
        for (List<Relationship> leaves : leavesByParent.values()) {
            if (leaves.size() <= FAN_OUT) {
                continue;
            }
            int ranks = Math.min(MAX_EXTRA_RANKS + 1, (leaves.size() + FAN_OUT - 1) / FAN_OUT);
            for (int i = 0; i < leaves.size(); i++) {
                dashes.put(leaves.get(i), "-".repeat(2 + i % ranks));
            }
        }
        return dashes;
    }
}
