package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads {@code ALTER TABLE}; the cursor stands after {@code ALTER TABLE}. */
final class AlterTableParser {

    private static final Set<String> NONE = Set.of();

    private AlterTableParser() {
    }

    static DdlStatement.AlterTable parse(TokenCursor in, SourceLocation at) {
        boolean ifExists = in.accept("if", "exists");
        in.accept("only");
        QualifiedName table = in.qualifiedName();
        in.acceptOp("*");
        List<AlterAction> actions = new ArrayList<>();
        if (in.atEnd()) {
            throw in.error("expected an action such as ADD COLUMN");
        }
        do {
            actions.add(action(in, table));
        } while (in.acceptOp(","));
        if (!in.atEnd()) {
            throw in.error("expected ',' or the end of the statement");
        }
        return new DdlStatement.AlterTable(table, ifExists, actions, at);
    }

    private static AlterAction action(TokenCursor in, QualifiedName table) {
        int start = in.mark();
        if (in.accept("add")) {
            return AlterAddParser.add(in, table);
        }
        if (in.accept("drop")) {
            return drop(in);
        }
        if (in.accept("alter")) {
            if (in.accept("constraint")) {
                return other(in, start);
            }
            in.accept("column");
            AlterAction action = AlterColumnParser.alterColumn(in, in.identifier());
            return action != null ? action : other(in, start);
        }
        if (in.accept("validate", "constraint")) {
            return new AlterAction.ValidateConstraint(in.identifier());
        }
        if (in.accept("rename")) {
            return rename(in);
        }
        if (in.accept("set", "schema")) {
            return new AlterAction.SetSchema(in.identifier());
        }
        if (in.accept("attach", "partition")) {
            QualifiedName partition = in.qualifiedName();
            return new AlterAction.AttachPartition(partition, in.until(true, NONE).strip());
        }
        if (in.accept("detach", "partition")) {
            QualifiedName partition = in.qualifiedName();
            boolean concurrently = in.accept("concurrently");
            in.accept("finalize");
            return new AlterAction.DetachPartition(partition, concurrently);
        }
        if (in.dialect() == Dialect.MYSQL && (in.accept("change") || in.isWord("modify"))) {
            boolean modify = in.accept("modify");
            in.accept("column");
            String from = modify ? null : in.identifier();
            var definition = ColumnParser.parse(in);
            in.accept("first");
            if (in.accept("after")) {
                in.identifier();
            }
            return new AlterAction.ChangeColumn(modify ? definition.column().name() : from, definition.column());
        }
        return other(in, start);
    }

    private static AlterAction drop(TokenCursor in) {
        if (in.accept("constraint") || in.accept("foreign", "key") || in.accept("check")) {
            boolean ifExists = in.accept("if", "exists");
            String name = in.identifier();
            return new AlterAction.DropConstraint(name, ifExists, cascade(in));
        }
        if (in.accept("primary", "key")) {
            return new AlterAction.DropConstraint("PRIMARY", false, false);
        }
        if (in.dialect() == Dialect.MYSQL && (in.accept("index") || in.accept("key"))) {
            return new AlterAction.DropIndex(in.identifier());
        }
        in.accept("column");
        boolean ifExists = in.accept("if", "exists");
        String column = in.identifier();
        return new AlterAction.DropColumn(column, ifExists, cascade(in));
    }

    private static boolean cascade(TokenCursor in) {
        if (in.accept("cascade")) {
            return true;
        }
        in.accept("restrict");
        return false;
    }

    private static AlterAction rename(TokenCursor in) {
        if (in.accept("constraint")) {
            String from = in.identifier();
            in.expect("to");
            return new AlterAction.RenameConstraint(from, in.identifier());
        }
        if (in.accept("to") || in.accept("as") || in.isIdentifier() && !in.isWord("column") && !in.isWord(1, "to")
                && in.dialect() == Dialect.MYSQL) {
            return new AlterAction.RenameTable(in.qualifiedName().name());
        }
        if (in.dialect() == Dialect.MYSQL && (in.accept("index") || in.accept("key"))) {
            String from = in.identifier();
            in.expect("to");
            return new AlterAction.Other("RENAME INDEX " + from + " TO " + in.identifier());
        }
        in.accept("column");
        String from = in.identifier();
        in.expect("to");
        return new AlterAction.RenameColumn(from, in.identifier());
    }

    static AlterAction other(TokenCursor in, int start) {
        in.reset(start);
        int from = in.peek(0).start();
        in.until(true, NONE);
        return new AlterAction.Other(in.statement().source().substring(from, in.peek(-1).end()));
    }

    /** Identity kind after {@code GENERATED}: ALWAYS or BY DEFAULT. */
    static Identity identityKind(TokenCursor in) {
        if (in.accept("always")) {
            return Identity.ALWAYS;
        }
        in.expect("by", "default");
        return Identity.BY_DEFAULT;
    }

    static Optional<String> using(TokenCursor in) {
        return in.accept("using") ? Optional.of(in.until(true, NONE).strip()) : Optional.empty();
    }
}
