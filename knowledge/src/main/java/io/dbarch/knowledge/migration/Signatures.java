package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.List;

/**
 * What a constraint means, without its name: two constraints with the same signature are the same constraint.
 * A foreign key that omits its referenced columns means the referenced table's primary key, looked up in the
 * target schema first, then the source's.
 */
final class Signatures {

    private final SchemaModel to;
    private final SchemaModel from;
    private final SourceMapper mapper;
    private final String defaultSchema;

    Signatures(SchemaModel from, SchemaModel to, SourceMapper mapper) {
        this.from = from;
        this.to = to;
        this.mapper = mapper;
        this.defaultSchema = to.dialect().defaultSchema();
    }

    String of(Table table, TableConstraint constraint) {
        if (constraint instanceof PrimaryKey pk) {
            return "pk " + pk.columns() + (pk.deferrable() ? " deferrable" : "");
        }
        if (constraint instanceof UniqueConstraint u) {
            return "unique " + u.columns() + (u.nullsNotDistinct() ? " nnd" : "") + (u.deferrable() ? " d" : "");
        }
        if (constraint instanceof CheckConstraint ck) {
            return "check " + Expressions.normalize(ck.expression());
        }
        if (constraint instanceof ExclusionConstraint x) {
            return "exclude " + Expressions.normalize(x.definition());
        }
        ForeignKey fk = (ForeignKey) constraint;
        QualifiedName target = fk.referencedTable().inSchema(defaultSchema);
        return "fk " + fk.columns() + " -> " + target + referenced(fk, target) + " " + fk.onDelete() + "/"
                + fk.onUpdate() + (fk.deferrable() ? " deferrable" + (fk.initiallyDeferred() ? " deferred" : "")
                : "");
    }

    private List<String> referenced(ForeignKey fk, QualifiedName target) {
        if (!fk.referencedColumns().isEmpty()) {
            return fk.referencedColumns();
        }
        return to.table(target).flatMap(Table::primaryKey).map(PrimaryKey::columns)
                .or(() -> from.tables().stream().filter(t -> mapper.table(t.name()).equals(target)).findFirst()
                        .map(mapper::map).flatMap(Table::primaryKey).map(PrimaryKey::columns))
                .orElse(List.of());
    }
}
