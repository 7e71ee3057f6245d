package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.TableConstraint;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code ADD …} actions of ALTER TABLE; the cursor stands after {@code ADD}. */
final class AlterAddParser {

    private AlterAddParser() {
    }

    static AlterAction add(TokenCursor in, QualifiedName table) {
        int start = in.mark();
        Optional<String> notNull = ConstraintParser.notNullConstraint(in);
        if (notNull.isPresent()) {
            return new AlterAction.SetNotNull(notNull.get());
        }
        if (in.isWord("constraint") && (in.isWord(2, "unique") || in.isWord(2, "primary")) || in.isWord("primary")
                || in.isWord("unique")) {
            Optional<AlterAction> usingIndex = usingIndex(in);
            if (usingIndex.isPresent()) {
                return usingIndex.get();
            }
            in.reset(start);
        }
        if (in.dialect() == Dialect.MYSQL && (in.isWord("index") || in.isWord("key") || in.isWord("fulltext")
                || in.isWord("spatial") || in.isWord("unique") && (in.isWord(1, "index") || in.isWord(1, "key")))) {
            return new AlterAction.AddIndex(mysqlIndex(in, table));
        }
        if (ConstraintParser.startsConstraint(in)) {
            TableConstraint constraint = ConstraintParser.tableConstraint(in);
            if (in.accept("not", "valid")) {
                constraint = notValid(constraint);
            }
            return new AlterAction.AddConstraint(constraint);
        }
        in.accept("column");
        boolean ifNotExists = in.accept("if", "not", "exists");
        var definition = ColumnParser.parse(in);
        in.accept("first");
        if (in.accept("after")) {
            in.identifier();
        }
        return new AlterAction.AddColumn(definition.column(), definition.constraints(), ifNotExists);
    }

    private static Optional<AlterAction> usingIndex(TokenCursor in) {
        String name = in.accept("constraint") ? in.identifier() : "";
        boolean primaryKey = in.accept("primary", "key");
        if (!primaryKey) {
            in.expect("unique");
        }
        if (!in.accept("using", "index")) {
            return Optional.empty();
        }
        String index = in.identifier();
        ConstraintParser.constraintAttributes(in);
        return Optional.of(new AlterAction.AddConstraintUsingIndex(name.isEmpty() ? index : name, primaryKey, index));
    }

    private static TableConstraint notValid(TableConstraint constraint) {
        if (constraint instanceof ForeignKey fk) {
            return new ForeignKey(fk.name(), fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                    fk.onDelete(), fk.onUpdate(), fk.deferrable(), fk.initiallyDeferred(), true, fk.location());
        }
        if (constraint instanceof CheckConstraint check) {
            return new CheckConstraint(check.name(), check.expression(), check.column(), true, check.location());
        }
        return constraint;
    }

    private static Index mysqlIndex(TokenCursor in, QualifiedName table) {
        var at = in.location();
        boolean unique = in.accept("unique");
        String kind = unique ? "btree" : in.text(in.next()).toLowerCase(Locale.ROOT);
        if (!in.accept("index")) {
            in.accept("key");
        }
        Optional<String> name = in.isOp("(") || in.isWord("using") ? Optional.empty() : Optional.of(in.identifier());
        if (in.accept("using")) {
            in.next();
        }
        List<IndexKey> keys = ConstraintParser.keyColumns(in).stream().map(IndexKey::column).toList();
        while (in.accept("using") || in.accept("comment")) {
            in.next();
        }
        String method = kind.equals("fulltext") || kind.equals("spatial") ? kind : "btree";
        return Index.of(name, table, unique, method, keys, at);
    }
}
