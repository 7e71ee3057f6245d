package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.sql.SourceText;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Sorts findings by file (input order), line, column and rule id. */
final class FindingOrder {

    private FindingOrder() {
    }

    static List<Finding> sort(List<Finding> findings, List<SourceText> sources) {
        Map<String, Integer> fileOrder = new HashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            fileOrder.putIfAbsent(sources.get(i).name(), i);
        }
        return findings.stream().sorted(Comparator
                .comparing((Finding f) -> fileOrder.getOrDefault(f.location().file(), Integer.MAX_VALUE))
                .thenComparing(f -> f.location().line())
                .thenComparing(f -> f.location().column())
                .thenComparing(Finding::ruleId)
                .thenComparing(f -> f.location().object())).toList();
    }
}
