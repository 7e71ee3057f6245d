package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.ObjectChanges.AlterEnum;
import io.dbarch.knowledge.migration.ObjectChanges.CreateEnum;
import io.dbarch.knowledge.migration.ObjectChanges.DropEnum;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.EnumType;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Enum types. New labels are added with ADD VALUE (BEFORE/AFTER keeps the order) in a script of their own,
 * committed before anything uses them; a label replaced at the same position is renamed (RENAME VALUE); removing
 * or reordering labels rebuilds the type and converts every column using it.
 */
final class PgEnums {

    private final PgContext ctx;

    PgEnums(PgContext ctx) {
        this.ctx = ctx;
    }

    void createEnum(CreateEnum change) {
        EnumType e = change.type();
        ctx.draft().add(Action.of(Stage.TYPES, "new objects", change.describe(), List.of(create(e, Sql.name(e.name()))),
                List.of("DROP TYPE IF EXISTS " + Sql.name(e.name()))));
    }

    private static String create(EnumType e, String name) {
        return "CREATE TYPE " + name + " AS ENUM (" + e.labels().stream().map(Sql::literal)
                .collect(Collectors.joining(", ")) + ")";
    }

    void alterEnum(AlterEnum change) {
        EnumType before = change.before();
        EnumType after = change.after();
        String name = Sql.name(after.name());
        java.util.Map<String, String> renamedLabels = EnumChanges.renamedLabels(before, after);
        if (!renamedLabels.isEmpty() && EnumChanges.appendOnly(EnumChanges.renamed(before, renamedLabels), after)) {
            List<String> sql = new ArrayList<>();
            List<String> undo = new ArrayList<>();
            renamedLabels.forEach((old, now) -> {
                sql.add("ALTER TYPE " + name + " RENAME VALUE " + Sql.literal(old) + " TO " + Sql.literal(now));
                undo.add(0, "ALTER TYPE " + name + " RENAME VALUE " + Sql.literal(now) + " TO " + Sql.literal(old));
                ctx.draft().note("Enum " + after.name() + ": label '" + old + "' is renamed to '" + now + "' (rows"
                        + " keep their value under the new label). If '" + old + "' should go away instead, change"
                        + " the rows first.");
            });
            ctx.draft().add(Action.of(Stage.ENUM_VALUES, "enum " + after.name(), "rename labels of enum "
                    + after.name() + " " + renamedLabels, sql, undo)
                    .hazard(HazardKind.BREAKS_RUNNING_APP, "an application version that writes the old labels "
                            + renamedLabels.keySet() + " fails from here on"));
            before = EnumChanges.renamed(before, renamedLabels);
            if (before.labels().equals(after.labels())) {
                return;
            }
        }
        if (EnumChanges.appendOnly(before, after)) {
            List<String> sql = new ArrayList<>();
            for (String[] add : EnumChanges.additions(before, after)) {
                String position = add[1].isEmpty() ? " BEFORE " + Sql.literal(before.labels().isEmpty() ? add[2]
                        : before.labels().get(0)) : " AFTER " + Sql.literal(add[1]);
                sql.add("ALTER TYPE " + name + " ADD VALUE IF NOT EXISTS " + Sql.literal(add[0])
                        + (before.labels().isEmpty() ? "" : position));
            }
            ctx.draft().add(Action.of(Stage.ENUM_VALUES, "enum " + after.name(), change.describe(), sql, List.of())
                    .nonTransactional()
                    .hazard(HazardKind.IRREVERSIBLE, "PostgreSQL cannot remove an enum label once added"));
            return;
        }
        rebuild(before, after);
    }

    private void rebuild(EnumType before, EnumType after) {
        String name = Sql.name(after.name());
        String oldName = Sql.fit(after.name().name(), "_dbarch_old");
        List<String> sql = new ArrayList<>(List.of("ALTER TYPE " + name + " RENAME TO " + Sql.ident(oldName),
                create(after, name)));
        List<String> touched = new ArrayList<>();
        String key = Types.key(after.name());
        for (Table source : ctx.from().tables()) {
            Table mapped = ctx.mapper().map(source);
            for (int i = 0; i < source.columns().size(); i++) {
                Column c = source.columns().get(i);
                if (!Types.key(c.type()).replace("[]", "").equals(key) || source.isPartition()) {
                    continue;
                }
                String col = "ALTER TABLE " + Sql.name(source.name()) + " ALTER COLUMN " + Sql.ident(c.name());
                c.defaultExpression().ifPresent(d -> sql.add(col + " DROP DEFAULT"));
                sql.add(col + " TYPE " + Types.sql(c.type()) + " USING " + PgTypeChange.convert(Sql.ident(c.name()),
                        c.type()));
                String targetName = mapped.columns().get(i).name();
                ctx.to().table(mapped.name()).flatMap(t -> t.column(targetName))
                        .flatMap(Column::defaultExpression).ifPresent(d -> sql.add(col + " SET DEFAULT " + d));
                touched.add(Action.touchKey(mapped.name(), targetName));
            }
        }
        sql.add("DROP TYPE " + Sql.sibling(after.name(), oldName));
        ctx.draft().add(Action.of(Stage.TYPES, "enum " + after.name(), "rebuild enum " + after.name() + " "
                + before.labels() + " -> " + after.labels(), sql, List.of()).asLongRunning().touches(touched)
                .hazard(HazardKind.REWRITES_TABLE, "every column of type " + after.name()
                        + " is converted, rewriting its table under ACCESS EXCLUSIVE")
                .hazard(HazardKind.BREAKS_RUNNING_APP, "fails if a row still holds a removed label; the application"
                        + " must stop writing removed labels first")
                .hazard(HazardKind.IRREVERSIBLE, "going back is another rebuild"));
    }

    void dropEnum(DropEnum change) {
        ctx.draft().add(Action.of(Stage.DROP_TYPES, "drop types", change.describe(), List.of("DROP TYPE IF EXISTS "
                + Sql.name(change.type().name())), List.of(create(change.type(), Sql.name(change.type().name())))));
    }
}
