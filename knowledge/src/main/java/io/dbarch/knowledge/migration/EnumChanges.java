package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.EnumType;
import java.util.List;

/** What changing an enum's labels takes: ADD VALUE when every old label stays in order, a rebuild otherwise. */
final class EnumChanges {

    private EnumChanges() {
    }

    /**
     * Labels that look renamed: at the same position, the old label is gone from the new list and the new one was
     * not in the old list. Old label to new label, in order.
     */
    static java.util.Map<String, String> renamedLabels(EnumType before, EnumType after) {
        var out = new java.util.LinkedHashMap<String, String>();
        for (int i = 0; i < Math.min(before.labels().size(), after.labels().size()); i++) {
            String old = before.labels().get(i);
            String now = after.labels().get(i);
            if (!old.equals(now) && !after.labels().contains(old) && !before.labels().contains(now)) {
                out.put(old, now);
            }
        }
        return out;
    }

    /** The labels of {@code type} with {@code renames} applied. */
    static EnumType renamed(EnumType type, java.util.Map<String, String> renames) {
        return new EnumType(type.name(), type.labels().stream().map(l -> renames.getOrDefault(l, l)).toList(),
                type.location());
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
