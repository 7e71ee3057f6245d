package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlStatement;
import io.dbarch.knowledge.sql.SqlStatement;
import io.dbarch.knowledge.sql.StatementKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a rule sees: the schema the whole input produces, the statements of the unit being checked (the whole
 * input in schema mode, one migration file in migration mode), what existed before that unit, and the config.
 */
public final class LintContext {

    private final SchemaModel model;
    private final LintMode mode;
    private final LintConfig config;
    private final List<SqlStatement> statements;
    private final List<SqlStatement> allStatements;
    private final Map<String, TableState> before;
    private final boolean runnerTransaction;
    private final Set<String> createdHere = new HashSet<>();

    LintContext(SchemaModel model, LintMode mode, LintConfig config, List<SqlStatement> statements,
                List<SqlStatement> allStatements, Map<String, TableState> before, boolean runnerTransaction) {
        this.model = requireNonNull(model, "model");
        this.mode = requireNonNull(mode, "mode");
        this.config = requireNonNull(config, "config");
        this.statements = List.copyOf(statements);
        this.allStatements = List.copyOf(allStatements);
        this.before = Map.copyOf(before);
        this.runnerTransaction = runnerTransaction;
        for (SqlStatement s : statements) {
            s.ddl().ifPresent(d -> {
                if (d instanceof DdlStatement.CreateTable table) {
                    createdHere.add(TableTracker.key(table.name()));
                } else if (d instanceof DdlStatement.CreateView view && view.view().materialized()) {
                    createdHere.add(TableTracker.key(view.view().name())); // indexable, and empty until refreshed
                }
            });
        }
    }

    /** The schema after every input statement (every migration) is applied. */
    public SchemaModel model() {
        return model;
    }

    public Dialect dialect() {
        return model.dialect();
    }

    /** {@link LintMode#SCHEMA} or {@link LintMode#MIGRATION}, never AUTO. */
    public LintMode mode() {
        return mode;
    }

    public LintConfig config() {
        return config;
    }

    /** The statements of the unit being checked, in order. */
    public List<SqlStatement> statements() {
        return statements;
    }

    /** Every statement of the input, in order (for facts spread over files, such as row-level security). */
    public List<SqlStatement> allStatements() {
        return allStatements;
    }

    /** True when the migration runner wraps this unit in a transaction (Flyway's default, or configured). */
    public boolean runnerTransaction() {
        return runnerTransaction;
    }

    /** The table as earlier migrations left it; empty when no earlier migration created it. */
    public Optional<TableState> tableBefore(QualifiedName table) {
        return Optional.ofNullable(before.get(TableTracker.key(table)));
    }

    /**
     * True when the table may hold rows before this unit runs: it was not created in this unit. A table no
     * migration created (a partial history) counts as existing.
     */
    public boolean existedBefore(QualifiedName table) {
        return !createdHere.contains(TableTracker.key(table));
    }

    /** Per statement of the unit: does it run inside a transaction (the runner's, or an explicit BEGIN)? */
    public List<Boolean> inTransaction() {
        List<Boolean> states = new ArrayList<>();
        boolean inside = runnerTransaction;
        for (SqlStatement s : statements) {
            if (s.kind() == StatementKind.TRANSACTION) {
                String first = firstWord(s.text());
                if (first.equals("begin") || first.equals("start")) {
                    inside = true;
                } else if (isEnd(s.text())) {
                    inside = false;
                }
            }
            states.add(inside);
        }
        return states;
    }

    /** The columns this unit gives a type to (see {@link ColumnSite}). */
    public List<ColumnSite> columnSites() {
        return mode == LintMode.MIGRATION ? ColumnSites.ofStatements(statements, model) : ColumnSites.ofModel(model);
    }

    /** True for COMMIT, END, ROLLBACK and ABORT, but not ROLLBACK TO SAVEPOINT. */
    public static boolean isEnd(String transactionText) {
        String lower = transactionText.toLowerCase(Locale.ROOT).strip();
        String first = firstWord(lower);
        return first.equals("commit") || first.equals("end") || first.equals("abort")
                || first.equals("rollback") && !lower.matches("(?s)rollback\\s+(work\\s+|transaction\\s+)?to\\b.*");
    }

    public static String firstWord(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int end = 0;
        while (end < t.length() && Character.isLetter(t.charAt(end))) {
            end++;
        }
        return t.substring(0, end);
    }
}
