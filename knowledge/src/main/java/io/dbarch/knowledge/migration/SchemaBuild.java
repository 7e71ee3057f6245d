package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.Verification.Failure;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.ScriptRun;
import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a schema model in an empty sandbox database: the simple-mode plan from nothing to the model, sent in one
 * transaction and one round trip; when that fails, statement by statement to find the one that fails.
 */
final class SchemaBuild {

    private SchemaBuild() {
    }

    /** The DDL that creates {@code model} from an empty database, one statement each. */
    static List<String> statements(SchemaModel model) {
        PlanOptions options = PlanOptions.defaults().withMode(Mode.SIMPLE).withAcceptDropAndAdd(true);
        MigrationPlan plan = new MigrationPlanner().plan(SchemaModel.empty(model.dialect()), model, options);
        List<String> out = new ArrayList<>();
        plan.steps().forEach(s -> s.statements().stream().filter(x -> !x.startsWith("SET ")).forEach(out::add));
        return out;
    }

    /** Runs the statements as the restricted role; the first failure, if any, labelled with {@code stage}. */
    static Optional<Failure> build(ThrowawayDatabase db, SchemaModel model, String stage) {
        List<String> statements = statements(model);
        try (Connection c = db.connect()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.setEscapeProcessing(false);
                st.execute(String.join(";\n", statements));
                c.commit();
                return Optional.empty();
            } catch (SQLException e) {
                c.rollback();
            }
        } catch (SQLException e) {
            // fall through: run one by one to name the statement that fails
        }
        ScriptRun run = db.run(statements);
        return run.failures().stream().findFirst().map(f -> new Failure(stage, "", 0, statements.get(f.index()),
                f.sqlState().orElse(""), f.message().orElse("")));
    }
}
