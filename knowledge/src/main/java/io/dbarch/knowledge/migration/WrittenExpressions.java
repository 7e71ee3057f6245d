package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.KeyChanges.AddConstraint;
import io.dbarch.knowledge.migration.KeyChanges.CreateIndex;
import io.dbarch.knowledge.migration.ObjectChanges.CreateDomain;
import io.dbarch.knowledge.migration.ViewChanges.CreateView;
import io.dbarch.knowledge.migration.ViewChanges.ReplaceView;
import io.dbarch.knowledge.migration.TableChanges.AddColumn;
import io.dbarch.knowledge.migration.TableChanges.AlterColumn;
import io.dbarch.knowledge.migration.TableChanges.CreateTable;
import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.TableConstraint;
import java.util.ArrayList;
import java.util.List;

/** The SQL expressions a plan writes: defaults, generation expressions, checks, index expressions, view queries. */
final class WrittenExpressions {

    private WrittenExpressions() {
    }

    static List<String> of(List<Change> changes) {
        List<String> out = new ArrayList<>();
        for (Change c : changes) {
            if (c instanceof CreateTable x) {
                x.table().columns().forEach(col -> column(col, out));
                x.table().checks().forEach(k -> constraint(k, out));
                x.table().exclusions().forEach(k -> constraint(k, out));
                x.table().indexes().forEach(i -> index(i, out));
            } else if (c instanceof AddColumn x) {
                column(x.column(), out);
            } else if (c instanceof AlterColumn x) {
                column(x.after(), out);
            } else if (c instanceof AddConstraint x) {
                constraint(x.constraint(), out);
            } else if (c instanceof CreateIndex x) {
                index(x.index(), out);
            } else if (c instanceof CreateView x) {
                out.add(x.view().definition());
            } else if (c instanceof ReplaceView x) {
                out.add(x.after().definition());
            } else if (c instanceof CreateDomain x) {
                x.domain().defaultExpression().ifPresent(out::add);
                out.addAll(x.domain().checks());
            }
        }
        return out;
    }

    private static void column(Column c, List<String> out) {
        c.defaultExpression().ifPresent(out::add);
        c.generatedExpression().ifPresent(out::add);
    }

    private static void constraint(TableConstraint k, List<String> out) {
        if (k instanceof CheckConstraint ck) {
            out.add(ck.expression());
        } else if (k instanceof ExclusionConstraint x) {
            out.add(x.definition());
        }
    }

    private static void index(Index i, List<String> out) {
        i.keys().stream().filter(k -> k.expression()).forEach(k -> out.add(k.text()));
        i.where().ifPresent(out::add);
    }
}
