package io.dbarch.knowledge.erd;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.Corpus;
import io.dbarch.knowledge.sql.DdlReader;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The PostgreSQL corpus schemas the ERD is checked against, read with the real DDL reader, and what their diagrams
 * must show, computed here straight from the model (partitions count as their partitioned table).
 */
final class CorpusSchemas {

    static final List<String> POSTGRES = List.of("pagila-schema.sql", "chinook-postgresql.sql", "northwind-psql.sql",
            "adventureworks-postgres-install.sql", "gisia-gitlab-derived-structure.sql",
            "synapse-main-full-v72.postgres.sql", "world-postgres-schema-only.sql");

    private CorpusSchemas() {
    }

    /** The model of a corpus file; the test is skipped, with the reason printed, when the reader finds no table. */
    static SchemaModel read(String file) {
        var source = Corpus.load(Corpus.require().resolve("schemas").resolve(file));
        SchemaModel model = new DdlReader().read(source).model();
        if (model.tables().isEmpty()) {
            System.out.println("SKIPPED: the DDL reader returns no tables for " + file);
        }
        assumeFalse(model.tables().isEmpty(), "the DDL reader returns no tables for " + file);
        return model;
    }

    /** Every table that must appear as an entity: all but partitions of a partitioned table in the model. */
    static Set<QualifiedName> expectedTables(SchemaModel model) {
        var names = new LinkedHashSet<QualifiedName>();
        model.tables().stream().filter(t -> root(model, t) == t).forEach(t -> names.add(t.name()));
        return names;
    }

    /** Every (referenced, referencing) table pair joined by a foreign key whose tables are both in the model. */
    static Set<List<QualifiedName>> expectedLinks(SchemaModel model) {
        var links = new LinkedHashSet<List<QualifiedName>>();
        for (Table table : model.tables()) {
            for (ForeignKey fk : table.foreignKeys()) {
                model.table(fk.referencedTable()).ifPresent(parent -> links.add(
                        List.of(root(model, parent).name(), root(model, table).name())));
            }
        }
        return links;
    }

    private static Table root(SchemaModel model, Table table) {
        Table current = table;
        for (int i = 0; i < 32 && current.partitionOf().isPresent(); i++) {
            Optional<Table> parent = model.table(current.partitionOf().get().parent());
            if (parent.isEmpty()) {
                break;
            }
            current = parent.get();
        }
        return current;
    }
}
