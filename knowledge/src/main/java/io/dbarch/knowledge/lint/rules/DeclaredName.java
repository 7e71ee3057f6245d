package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.sql.AlterAction;
import io.dbarch.knowledge.sql.DdlStatement;
import io.dbarch.knowledge.sql.SqlStatement;
import java.util.ArrayList;
import java.util.List;

/** A name that a statement declares (table, column, index, constraint, type, sequence, view, rename target). */
record DeclaredName(String kind, String name, SourceLocation location) {

    static List<DeclaredName> of(List<SqlStatement> statements) {
        List<DeclaredName> names = new ArrayList<>();
        for (SqlStatement s : statements) {
            if (s.ddl().isEmpty()) {
                continue;
            }
            DdlStatement d = s.ddl().get();
            SourceLocation at = s.location();
            if (d instanceof DdlStatement.CreateTable c) {
                names.add(new DeclaredName("table", c.name().name(), at));
                c.columns().forEach(col -> names.add(new DeclaredName("column", col.name(), col.location())));
                c.constraints().forEach(k -> constraint(k, names));
                c.indexes().forEach(i -> i.name().ifPresent(n -> names.add(new DeclaredName("index", n, at))));
            } else if (d instanceof DdlStatement.AlterTable a) {
                a.actions().forEach(action -> action(action, at, names));
            } else if (d instanceof DdlStatement.CreateIndex i) {
                i.index().name().ifPresent(n -> names.add(new DeclaredName("index", n, at)));
            } else if (d instanceof DdlStatement.CreateSequence q) {
                names.add(new DeclaredName("sequence", q.name().name(), at));
            } else if (d instanceof DdlStatement.CreateView v) {
                names.add(new DeclaredName("view", v.view().name().name(), at));
            } else if (d instanceof DdlStatement.CreateEnum e) {
                names.add(new DeclaredName("type", e.type().name().name(), at));
            } else if (d instanceof DdlStatement.CreateDomain m) {
                names.add(new DeclaredName("domain", m.domain().name().name(), at));
            } else if (d instanceof DdlStatement.Rename r) {
                names.add(new DeclaredName(r.objectKind(), r.to(), at));
            }
        }
        return names;
    }

    private static void action(AlterAction action, SourceLocation at, List<DeclaredName> names) {
        if (action instanceof AlterAction.AddColumn add) {
            Column c = add.column();
            names.add(new DeclaredName("column", c.name(), c.location()));
            add.constraints().forEach(k -> constraint(k, names));
        } else if (action instanceof AlterAction.AddConstraint k) {
            constraint(k.constraint(), names);
        } else if (action instanceof AlterAction.RenameColumn r) {
            names.add(new DeclaredName("column", r.to(), at));
        } else if (action instanceof AlterAction.RenameConstraint r) {
            names.add(new DeclaredName("constraint", r.to(), at));
        } else if (action instanceof AlterAction.RenameTable r) {
            names.add(new DeclaredName("table", r.to(), at));
        } else if (action instanceof AlterAction.AddConstraintUsingIndex u) {
            names.add(new DeclaredName("constraint", u.name(), at));
        }
    }

    private static void constraint(TableConstraint k, List<DeclaredName> names) {
        k.name().ifPresent(n -> names.add(new DeclaredName("constraint", n, k.location())));
    }
}
