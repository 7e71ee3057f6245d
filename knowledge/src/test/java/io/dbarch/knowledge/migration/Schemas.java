package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import java.util.List;
import java.util.Optional;

/** Test helper: DDL text to a schema model, failing loudly on anything the reader did not understand. */
final class Schemas {

    private Schemas() {
    }

    static SchemaModel postgres(String ddl) {
        ReadResult result = new DdlReader().read(List.of(SourceText.of("test.sql", ddl)),
                Optional.of(Dialect.POSTGRESQL));
        if (!result.diagnostics().isEmpty()) {
            throw new IllegalArgumentException("test DDL not understood: " + result.diagnostics().get(0).asLine());
        }
        return result.model();
    }

    static SchemaModel mysql(String ddl) {
        ReadResult result = new DdlReader().read(List.of(SourceText.of("test.sql", ddl)), Optional.of(Dialect.MYSQL));
        if (!result.diagnostics().isEmpty()) {
            throw new IllegalArgumentException("test DDL not understood: " + result.diagnostics().get(0).asLine());
        }
        return result.model();
    }

    static MigrationPlan plan(String from, String to, PlanOptions options) {
        return new MigrationPlanner().plan(postgres(from), postgres(to), options);
    }

    static MigrationPlan safe(String from, String to) {
        return plan(from, to, PlanOptions.defaults());
    }

    /** Every statement of the plan, in order, without the timeout settings. */
    static List<String> sql(MigrationPlan plan) {
        return plan.steps().stream().flatMap(s -> s.statements().stream()).filter(s -> !s.startsWith("SET "))
                .toList();
    }

    /** The step whose statements contain {@code text}. */
    static MigrationStep step(MigrationPlan plan, String text) {
        return plan.steps().stream().filter(s -> s.statements().stream().anyMatch(x -> x.contains(text)))
                .findFirst().orElseThrow(() -> new AssertionError("no step contains " + text + ":\n"
                        + String.join("\n", sql(plan))));
    }
}
