package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.EnumType;
import java.util.List;

/** What changing an enum's labels takes: ADD VALUE when every old label stays in order, a rebuild otherwise. */
final class EnumChanges {

    private EnumChanges() {
    }

    /** True when the new labels keep every old label in the same relative order (only additions). */
    static boolean appendOnly(EnumType before, EnumType after) {
        List<String> kept = after.labels().stream().filter(before.labels()::contains).toList();
        return kept.equals(before.labels());
    }

    /** The labels to add, each with the label it goes after (empty: it goes first, before {@code next}). */
    static List<String[]> additions(EnumType before, EnumType after) {
        List<String[]> out = new java.util.ArrayList<>();
        List<String> labels = after.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (!before.labels().contains(label)) {
                out.add(new String[] {label, i == 0 ? "" : labels.get(i - 1), i + 1 < labels.size()
                        ? labels.get(i + 1) : ""});
            }
        }
        return out;
    }
}
