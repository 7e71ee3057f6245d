package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.schema.EditDistance;
import java.util.Collection;
import java.util.Optional;

/** Finds the closest known name to a misspelt one (edit distance), for "did you mean" hints. */
final class Suggest {

    private Suggest() {
    }

    static Optional<String> closest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = EditDistance.between(wrong, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, wrong.length() / 4) ? Optional.of(best) : Optional.empty();
    }
}
