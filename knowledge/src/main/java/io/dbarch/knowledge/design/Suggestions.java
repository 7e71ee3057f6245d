package io.dbarch.knowledge.design;

import io.dbarch.knowledge.schema.EditDistance;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean" hints for misspelt field names and values. */
final class Suggestions {

    private Suggestions() {
    }

    static String known(String given, Iterator<String> names) {
        List<String> all = new ArrayList<>();
        names.forEachRemaining(all::add);
        String hint = closest(given, all).map(s -> "did you mean " + s + "? ").orElse("");
        return hint + "known fields: " + String.join(", ", all);
    }

    static Optional<String> closest(String given, List<String> candidates) {
        String wanted = given.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = EditDistance.between(wanted, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        int allowed = Math.max(2, wanted.length() / 3);
        return bestDistance <= allowed ? Optional.ofNullable(best) : Optional.empty();
    }

}
