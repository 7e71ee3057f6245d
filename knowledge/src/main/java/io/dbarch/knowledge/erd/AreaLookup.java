package io.dbarch.knowledge.erd;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Finds the subject area a request names: by its name as listed (any case, spaces collapsed) or by its number
 * from 1. An unknown name is refused with the valid names, so the asker can pick one.
 */
final class AreaLookup {

    /** At most this many names in the refusal; the numbers cover the rest. */
    static final int NAMES_LISTED = 30;

    private AreaLookup() {
    }

    /** The position of the area {@code wanted} in {@code areas}. */
    static int indexOf(List<Area> areas, String wanted) {
        String key = normalise(wanted);
        for (int i = 0; i < areas.size(); i++) {
            if (normalise(areas.get(i).name()).equals(key)) {
                return i;
            }
        }
        if (key.matches("\\d{1,4}")) {
            int number = Integer.parseInt(key);
            if (number >= 1 && number <= areas.size()) {
                return number - 1;
            }
        }
        throw new ErdException("No subject area '" + clip(wanted) + "'; the "
                + areas.size() + " areas are " + names(areas) + " (or their numbers 1 to " + areas.size() + ").");
    }

    /** Why a schema drawn as one picture has no area to draw. */
    static ErdException notSplit(ErdGraph selected, ErdOptions options) {
        return new ErdException("The " + selected.size() + (selected.size() == 1 ? " table is" : " tables are")
                + " drawn as one diagram (split " + (options.split() == SplitMode.AUTO ? "above "
                + options.splitThreshold() + " tables" : options.split().name().toLowerCase(Locale.ROOT))
                + "), so there are no subject areas; draw it without an area, or around one table.");
    }

    private static String names(List<Area> areas) {
        String listed = areas.stream().limit(NAMES_LISTED).map(a -> "'" + clip(a.name()) + "'")
                .collect(Collectors.joining(", "));
        return areas.size() > NAMES_LISTED ? listed + " and " + (areas.size() - NAMES_LISTED) + " more" : listed;
    }

    private static String clip(String text) {
        String oneLine = text.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "…";
    }

    private static String normalise(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
