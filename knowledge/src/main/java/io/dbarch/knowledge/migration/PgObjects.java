package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.ObjectChanges.AlterSequence;
import io.dbarch.knowledge.migration.ObjectChanges.CreateExtension;
import io.dbarch.knowledge.migration.ObjectChanges.CreateSchema;
import io.dbarch.knowledge.migration.ObjectChanges.CreateSequence;
import io.dbarch.knowledge.migration.ObjectChanges.DropExtension;
import io.dbarch.knowledge.migration.ObjectChanges.DropSchema;
import io.dbarch.knowledge.migration.ObjectChanges.DropSequence;
import io.dbarch.knowledge.migration.ObjectChanges.SchemaComment;
import io.dbarch.knowledge.schema.ColumnRef;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Schemas, extensions and sequences. */
final class PgObjects {

    private final PgContext ctx;

    PgObjects(PgContext ctx) {
        this.ctx = ctx;
    }

    void createSchema(CreateSchema change) {
        String name = Sql.ident(change.schema().name());
        List<String> sql = new ArrayList<>(List.of("CREATE SCHEMA IF NOT EXISTS " + name));
        change.schema().comment().ifPresent(c -> sql.add("COMMENT ON SCHEMA " + name + " IS " + Sql.literal(c)));
        ctx.draft().add(Action.of(Stage.SCHEMAS, "new objects", change.describe(), sql,
                List.of("DROP SCHEMA IF EXISTS " + name)));
    }

    void dropSchema(DropSchema change) {
        ctx.draft().add(Action.of(Stage.DROP_NAMESPACES, "drop namespaces", change.describe(),
                List.of("DROP SCHEMA IF EXISTS " + Sql.ident(change.schema().name())),
                List.of("CREATE SCHEMA IF NOT EXISTS " + Sql.ident(change.schema().name())))
                .hazard(HazardKind.BREAKS_RUNNING_APP, "objects the model does not track (functions, …) in schema "
                        + change.schema().name() + " make the drop fail; it never cascades"));
    }

    void commentSchema(SchemaComment change) {
        ctx.draft().add(Action.of(Stage.COMMENTS, "comments", change.describe(), List.of("COMMENT ON SCHEMA "
                + Sql.ident(change.schema().name()) + " IS " + change.schema().comment().map(Sql::literal)
                .orElse("NULL")), List.of()));
    }

    void createExtension(CreateExtension change) {
        String name = Sql.ident(change.extension().name());
        ctx.draft().add(Action.of(Stage.EXTENSIONS, "new objects", change.describe(), List.of(
                "CREATE EXTENSION IF NOT EXISTS " + name + change.extension().schema()
                        .map(s -> " WITH SCHEMA " + Sql.ident(s)).orElse("")),
                List.of("DROP EXTENSION IF EXISTS " + name)));
    }

    void dropExtension(DropExtension change) {
        String name = Sql.ident(change.extension().name());
        ctx.draft().add(Action.of(Stage.DROP_NAMESPACES, "drop namespaces", change.describe(),
                List.of("DROP EXTENSION IF EXISTS " + name), List.of("CREATE EXTENSION IF NOT EXISTS " + name))
                .hazard(HazardKind.LOSES_DATA, "objects of extension " + change.extension().name()
                        + " (types, functions) go with it; the drop fails while anything uses them"));
    }

    void createSequence(CreateSequence change) {
        Sequence s = change.sequence();
        ctx.draft().add(Action.of(Stage.SEQUENCES, "new objects", change.describe(), List.of("CREATE SEQUENCE "
                + Sql.name(s.name()) + " AS " + Types.sql(s.type())), List.of("DROP SEQUENCE IF EXISTS "
                + Sql.name(s.name()))));
        s.ownedBy().ifPresent(owner -> ownedBy(s, Optional.of(owner), Optional.empty()));
    }

    void alterSequence(AlterSequence change) {
        Sequence before = change.before();
        Sequence after = change.after();
        if (!Types.same(before.type(), after.type())) {
            ctx.draft().add(Action.of(Stage.SEQUENCES, "new objects", change.describe() + " to " + after.type(),
                    List.of("ALTER SEQUENCE " + Sql.name(after.name()) + " AS " + Types.sql(after.type())),
                    List.of("ALTER SEQUENCE " + Sql.name(after.name()) + " AS " + Types.sql(before.type()))));
        }
        ownedBy(after, after.ownedBy(), before.ownedBy().map(o -> new ColumnRef(ctx.mapper().table(o.table()),
                ctx.mapper().column(ctx.mapper().table(o.table()), o.column()))));
    }

    private void ownedBy(Sequence s, Optional<ColumnRef> owner, Optional<ColumnRef> previous) {
        if (owner.map(o -> ctx.key(o.table()) + "." + o.column())
                .equals(previous.map(o -> ctx.key(o.table()) + "." + o.column()))) {
            return;
        }
        String target = owner.map(o -> Sql.name(o.table()) + "." + Sql.ident(o.column())).orElse("NONE");
        String undo = previous.map(o -> Sql.name(o.table()) + "." + Sql.ident(o.column())).orElse("NONE");
        ctx.draft().add(Action.of(Stage.SEQUENCE_OWNERSHIP, "new objects", "sequence " + s.name() + " owned by "
                + target, List.of("ALTER SEQUENCE " + Sql.name(s.name()) + " OWNED BY " + target),
                List.of("ALTER SEQUENCE " + Sql.name(s.name()) + " OWNED BY " + undo)));
    }

    void renameSequence(ObjectChanges.RenameSequence change) {
        QualifiedName from = change.before().name();
        QualifiedName to = change.after().name();
        List<String> sql = new ArrayList<>();
        if (!from.schema().equals(to.schema()) && !from.schema().isEmpty()) {
            sql.add("ALTER SEQUENCE " + Sql.name(from) + " SET SCHEMA " + Sql.ident(to.schema()));
        }
        sql.add("ALTER SEQUENCE " + Sql.name(new QualifiedName(to.schema(), from.name())) + " RENAME TO "
                + Sql.ident(to.name()));
        ctx.draft().add(Action.of(Stage.SEQUENCES, "new objects", change.describe() + " (it keeps its value)", sql,
                List.of("ALTER SEQUENCE " + Sql.name(to) + " RENAME TO " + Sql.ident(from.name()))));
        if (change.altered()) {
            alterSequence(new AlterSequence(new Sequence(to, change.before().type(), change.before().ownedBy(),
                    change.before().location()), change.after()));
        }
    }

    void dropSequence(DropSequence change) {
        ctx.draft().add(Action.of(Stage.DROP_TYPES, "drop types", change.describe(), List.of(
                "DROP SEQUENCE IF EXISTS " + Sql.name(change.sequence().name())), List.of())
                .hazard(HazardKind.IRREVERSIBLE, "the sequence's current value is lost"));
    }
}
