package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inline suppressions. A comment {@code -- dbarch-ignore rule-id[, rule-id…]} just before a statement suppresses
 * those rules' findings in that statement; {@code -- dbarch-ignore-file rule-id…} anywhere in a file suppresses
 * them in the whole file. Text after the ids (a reason, after {@code --} or in words) is allowed. A suppression
 * that suppresses nothing is reported as {@code unused-suppression}.
 */
final class Suppressions {

    static final String UNUSED = "unused-suppression";
    private static final Pattern DIRECTIVE = Pattern.compile("dbarch-ignore(-file)?\\b:?([^\\n]*)");
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** One suppression comment: the rule ids it names, where its statement starts, and which ids were used. */
    private record Directive(SourceLocation at, boolean file, Set<String> ids, Set<String> used) {
    }

    private final List<SqlStatement> statements;
    private final List<Directive> directives = new ArrayList<>();
    private final Map<SourceLocation, List<Directive>> byStatement = new HashMap<>();
    private final Map<String, List<Directive>> byFile = new HashMap<>();
    private final Map<String, List<Integer>> statementsByFile = new HashMap<>();

    Suppressions(List<SqlStatement> statements) {
        this.statements = statements;
        for (int i = 0; i < statements.size(); i++) {
            SqlStatement s = statements.get(i);
            statementsByFile.computeIfAbsent(s.location().file(), f -> new ArrayList<>()).add(i);
            for (String comment : s.comments()) {
                Matcher m = DIRECTIVE.matcher(comment);
                while (m.find()) {
                    Directive d = new Directive(s.location(), m.group(1) != null, ids(m.group(2)),
                            new LinkedHashSet<>());
                    directives.add(d);
                    if (d.file()) {
                        byFile.computeIfAbsent(s.location().file(), f -> new ArrayList<>()).add(d);
                    } else {
                        byStatement.computeIfAbsent(s.location(), l -> new ArrayList<>()).add(d);
                    }
                }
            }
        }
    }

    private static Set<String> ids(String rest) {
        Set<String> ids = new LinkedHashSet<>();
        for (String token : rest.replace("*/", " ").split("[,\\s]+")) {
            if (token.isEmpty()) {
                continue;
            }
            if (!ID.matcher(token).matches() || !token.contains("-")) {
                break; // the reason starts here
            }
            ids.add(token);
        }
        return ids;
    }

    List<Finding> apply(List<Finding> findings, List<LintRule> rules) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : findings) {
            if (!suppressed(f)) {
                kept.add(f);
            }
        }
        Set<String> known = new java.util.HashSet<>();
        rules.forEach(r -> known.add(r.id()));
        for (Directive d : directives) {
            if (d.ids().isEmpty()) {
                kept.add(unused(d, "A dbarch-ignore comment names no rule id, so it suppresses nothing.",
                        "Name the rules: -- dbarch-ignore rule-id[, rule-id] (reason)."));
            }
            for (String id : d.ids()) {
                if (!d.used().contains(id)) {
                    kept.add(unused(d, known.contains(id)
                                    ? "Suppression of " + id + " suppresses nothing: no " + id + " finding is there."
                                    : "Suppression names '" + id + "', which is not a rule id; it suppresses nothing.",
                            known.contains(id) ? "Remove " + id + " from the dbarch-ignore comment."
                                    : Suggest.closest(id, known).map(s -> "Did you mean " + s + "?")
                                    .orElse("Use an id listed in docs/rules/.")));
                }
            }
        }
        return kept;
    }

    private static Finding unused(Directive d, String message, String help) {
        return new Finding(UNUSED, Severity.WARNING, Location.of(d.at(), ""), message, help);
    }

    private boolean suppressed(Finding f) {
        if (directives.isEmpty()) {
            return false;
        }
        int statement = statementOf(f.location());
        List<Directive> candidates = new ArrayList<>(byFile.getOrDefault(f.location().file(), List.of()));
        if (statement >= 0) {
            candidates.addAll(byStatement.getOrDefault(statements.get(statement).location(), List.of()));
        }
        for (Directive d : candidates) {
            if (d.ids().contains(f.ruleId())) {
                d.used().add(f.ruleId());
                return true;
            }
        }
        return false;
    }

    /** Index of the last statement of the finding's file that starts at or before the finding. */
    private int statementOf(Location at) {
        List<Integer> indexes = statementsByFile.getOrDefault(at.file(), List.of());
        int found = -1;
        int lo = 0;
        int hi = indexes.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            SourceLocation s = statements.get(indexes.get(mid)).location();
            if (s.line() < at.line() || s.line() == at.line() && s.column() <= at.column()) {
                found = indexes.get(mid);
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
