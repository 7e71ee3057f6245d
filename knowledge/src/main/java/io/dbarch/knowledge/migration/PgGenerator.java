package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.KeyChanges.AddConstraint;
import io.dbarch.knowledge.migration.KeyChanges.CreateIndex;
import io.dbarch.knowledge.migration.KeyChanges.DropConstraint;
import io.dbarch.knowledge.migration.KeyChanges.DropIndex;
import io.dbarch.knowledge.migration.KeyChanges.RenameConstraint;
import io.dbarch.knowledge.migration.KeyChanges.RenameIndex;
import io.dbarch.knowledge.migration.KeyChanges.ValidateConstraint;
import io.dbarch.knowledge.migration.ObjectChanges.AlterDomain;
import io.dbarch.knowledge.migration.ObjectChanges.AlterEnum;
import io.dbarch.knowledge.migration.ObjectChanges.AlterSequence;
import io.dbarch.knowledge.migration.ObjectChanges.CreateDomain;
import io.dbarch.knowledge.migration.ObjectChanges.CreateEnum;
import io.dbarch.knowledge.migration.ObjectChanges.CreateExtension;
import io.dbarch.knowledge.migration.ObjectChanges.CreateSchema;
import io.dbarch.knowledge.migration.ObjectChanges.CreateSequence;
import io.dbarch.knowledge.migration.ObjectChanges.DropDomain;
import io.dbarch.knowledge.migration.ObjectChanges.DropEnum;
import io.dbarch.knowledge.migration.ObjectChanges.DropExtension;
import io.dbarch.knowledge.migration.ObjectChanges.DropSchema;
import io.dbarch.knowledge.migration.ObjectChanges.DropSequence;
import io.dbarch.knowledge.migration.ObjectChanges.SchemaComment;
import io.dbarch.knowledge.migration.TableChanges.AddColumn;
import io.dbarch.knowledge.migration.TableChanges.AlterColumn;
import io.dbarch.knowledge.migration.TableChanges.AlterTable;
import io.dbarch.knowledge.migration.TableChanges.CreateTable;
import io.dbarch.knowledge.migration.TableChanges.DropColumn;
import io.dbarch.knowledge.migration.TableChanges.DropTable;
import io.dbarch.knowledge.migration.TableChanges.RenameColumn;
import io.dbarch.knowledge.migration.TableChanges.RenameTable;
import java.util.Comparator;
import java.util.List;

/** Turns PostgreSQL changes into actions: each change kind goes to the generator that knows its techniques. */
final class PgGenerator {

    private PgGenerator() {
    }

    static void generate(PgContext ctx) {
        PgTables tables = new PgTables(ctx);
        PgTableRename renames = new PgTableRename(ctx);
        PgColumns columns = new PgColumns(ctx);
        PgAlterColumn alter = new PgAlterColumn(ctx);
        PgKeys keys = new PgKeys(ctx);
        PgIndexes indexes = new PgIndexes(ctx);
        PgObjects objects = new PgObjects(ctx);
        PgTypes types = new PgTypes(ctx);
        PgEnums enums = new PgEnums(ctx);
        PgTableProps props = new PgTableProps(ctx);
        List<Change> ordered = ctx.changes().stream().sorted(Comparator.comparingInt(PgGenerator::priority)).toList();
        PgTypeChange types0 = new PgTypeChange(ctx);
        for (Change c : ordered) {
            if (c instanceof AlterColumn x && ColumnDelta.of(x.before(), x.after()).type()
                    && types0.swaps(x.table(), x.before(), x.after())) {
                ctx.draft().swapped.add(Action.touchKey(x.table().name(), x.after().name()));
            }
        }
        for (Change c : ordered) {
            if (c instanceof RenameTable x) {
                renames.rename(x);
            } else if (c instanceof RenameColumn x) {
                columns.rename(x);
            } else if (c instanceof AlterColumn x) {
                alter.alter(x);
            } else if (c instanceof CreateTable x) {
                tables.create(x);
            } else if (c instanceof DropTable x) {
                tables.drop(x);
            } else if (c instanceof AlterTable x) {
                props.alter(x);
            } else if (c instanceof AddColumn x) {
                columns.add(x);
            } else if (c instanceof DropColumn x) {
                columns.drop(x);
            } else if (c instanceof AddConstraint x) {
                keys.add(x);
            } else if (c instanceof DropConstraint x) {
                keys.drop(x);
            } else if (c instanceof RenameConstraint x) {
                keys.rename(x);
            } else if (c instanceof ValidateConstraint x) {
                keys.validate(x);
            } else if (c instanceof CreateIndex x) {
                indexes.create(x);
            } else if (c instanceof DropIndex x) {
                indexes.drop(x);
            } else if (c instanceof RenameIndex x) {
                indexes.rename(x);
            } else {
                objects(c, objects, types, enums);
            }
        }
        new PgPersistence(ctx).plan(ordered.stream().filter(AlterTable.class::isInstance).map(AlterTable.class::cast)
                .toList());
        new PgViews(ctx).place(ordered.stream().filter(c -> priority(c) == VIEWS).toList());
    }

    private static final int VIEWS = 9;

    private static void objects(Change c, PgObjects objects, PgTypes types, PgEnums enums) {
        if (c instanceof CreateSchema x) {
            objects.createSchema(x);
        } else if (c instanceof DropSchema x) {
            objects.dropSchema(x);
        } else if (c instanceof SchemaComment x) {
            objects.commentSchema(x);
        } else if (c instanceof CreateExtension x) {
            objects.createExtension(x);
        } else if (c instanceof DropExtension x) {
            objects.dropExtension(x);
        } else if (c instanceof CreateSequence x) {
            objects.createSequence(x);
        } else if (c instanceof AlterSequence x) {
            objects.alterSequence(x);
        } else if (c instanceof ObjectChanges.RenameSequence x) {
            objects.renameSequence(x);
        } else if (c instanceof DropSequence x) {
            objects.dropSequence(x);
        } else if (c instanceof CreateEnum x) {
            enums.createEnum(x);
        } else if (c instanceof AlterEnum x) {
            enums.alterEnum(x);
        } else if (c instanceof DropEnum x) {
            enums.dropEnum(x);
        } else if (c instanceof CreateDomain x) {
            types.createDomain(x);
        } else if (c instanceof AlterDomain x) {
            types.alterDomain(x);
        } else if (c instanceof DropDomain x) {
            types.dropDomain(x);
        }
    }

    private static int priority(Change c) {
        if (c instanceof RenameTable) {
            return 0;
        }
        if (c instanceof RenameColumn) {
            return 1;
        }
        if (c instanceof AlterColumn) {
            return 2;
        }
        boolean view = c instanceof ViewChanges.CreateView || c instanceof ViewChanges.DropView
                || c instanceof ViewChanges.ReplaceView || c instanceof ViewChanges.ViewComment;
        return view ? VIEWS : 3;
    }
}
