package io.dbarch.agent.intake;

import java.util.EnumMap;
import java.util.Map;

/** Names for pasted blocks of one message: {@code pasted.sql}, {@code pasted-2.sql}, {@code pasted.yaml}, … */
final class FileNames {

    private final Map<Kind, Integer> used = new EnumMap<>(Kind.class);

    String next(Kind kind) {
        int n = used.merge(kind, 1, Integer::sum);
        return "pasted" + (n == 1 ? "" : "-" + n) + "." + kind.extension();
    }
}
