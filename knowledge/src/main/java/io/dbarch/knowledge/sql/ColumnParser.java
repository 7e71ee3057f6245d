package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a column definition: name, type and the inline constraints and attributes that follow. */
final class ColumnParser {

    /** A column and the constraints declared inline with it. */
    record ColumnDefinition(Column column, List<TableConstraint> constraints) {
    }

    private static final Set<String> DEFAULT_STOP = Set.of("not", "null", "constraint", "primary", "unique",
            "check", "references", "collate", "generated", "default", "deferrable", "initially");
    private static final Set<String> MYSQL_DEFAULT_STOP = Set.of("not", "null", "constraint", "primary", "unique",
            "check", "references", "collate", "generated", "default", "auto_increment", "comment", "on",
            "character", "charset", "key", "invisible", "visible", "storage", "column_format");

    private ColumnParser() {
    }

    static ColumnDefinition parse(TokenCursor in) {
        SourceLocation at = in.location();
        String name = in.identifier();
        TypeParser.Parsed parsed = TypeParser.parse(in);
        var b = new Attributes(parsed.serial());
        List<TableConstraint> constraints = new ArrayList<>();
        while (!in.atEnd() && !in.isOp(",") && !in.isOp(")")
                && !(in.dialect() == Dialect.MYSQL && (in.isWord("after") || in.isWord("first")))) {
            SourceLocation constraintAt = in.location();
            Optional<String> constraintName = in.accept("constraint") ? Optional.of(in.identifier()) : Optional.empty();
            if (in.accept("not", "null")) {
                b.nullable = false;
            } else if (in.accept("null")) {
                b.nullable = true;
            } else if (in.accept("default")) {
                b.defaultExpression = defaultExpression(in);
            } else if (in.accept("primary", "key") || in.accept("key")) {
                b.nullable = false;
                constraints.add(new PrimaryKey(constraintName, List.of(name),
                        ConstraintParser.constraintAttributes(in), constraintAt));
            } else if (in.accept("unique")) {
                in.accept("key");
                boolean nnd = in.accept("nulls", "not", "distinct");
                in.accept("nulls", "distinct");
                constraints.add(new UniqueConstraint(constraintName, List.of(name), nnd,
                        ConstraintParser.constraintAttributes(in), constraintAt));
            } else if (in.accept("check")) {
                String expression = in.parenthesized();
                while (in.accept("no", "inherit") || in.accept("not", "enforced") || in.accept("enforced")) {
                    continue;
                }
                constraints.add(new CheckConstraint(constraintName, expression, Optional.of(name), false,
                        constraintAt));
            } else if (in.accept("references")) {
                constraints.add(ConstraintParser.references(in, constraintName, List.of(name), constraintAt));
            } else if (!attribute(in, b)) {
                throw in.error("expected a column constraint or attribute for column " + name);
            }
        }
        Column column = new Column(name, parsed.type(), b.nullable, b.defaultExpression, b.identity, b.serial,
                b.autoIncrement, b.generated, b.collation, b.comment, at);
        return new ColumnDefinition(column, constraints);
    }

    private static Optional<String> defaultExpression(TokenCursor in) {
        String text = in.until(true, in.dialect() == Dialect.MYSQL ? MYSQL_DEFAULT_STOP : DEFAULT_STOP);
        if (text.isEmpty() && !in.atEnd()) {
            text = in.text(in.next()); // DEFAULT NULL, DEFAULT CHARACTER-like single keywords
        }
        return Optional.of(text);
    }

    private static boolean attribute(TokenCursor in, Attributes b) {
        Identity identity = in.accept("generated", "always", "as", "identity") ? Identity.ALWAYS
                : in.accept("generated", "by", "default", "as", "identity") ? Identity.BY_DEFAULT : Identity.NONE;
        if (identity != Identity.NONE) {
            b.identity = identity;
            b.nullable = false;
            if (in.isOp("(")) {
                in.parenthesized();
            }
            return true;
        }
        if (in.accept("generated", "always", "as") || in.isWord("as") && in.isOp(1, "(")) {
            in.accept("as");
            b.generated = Optional.of(in.parenthesized());
            if (!in.accept("stored") && !in.accept("virtual")) {
                in.accept("persistent");
            }
            return true;
        }
        if (in.accept("collate")) {
            b.collation = Optional.of(in.qualifiedName().toString());
            return true;
        }
        if (in.accept("auto_increment") || in.accept("autoincrement")) {
            b.autoIncrement = true;
            return true;
        }
        if (in.accept("comment")) {
            b.comment = Optional.of(in.stringLiteral());
            return true;
        }
        if (in.accept("on", "update")) {
            in.until(true, MYSQL_DEFAULT_STOP);
            return true;
        }
        if (in.accept("character", "set") || in.accept("charset")) {
            in.next();
            return true;
        }
        if (in.accept("no", "inherit") || in.accept("enforced") || in.accept("not", "enforced")
                || in.accept("deferrable") || in.accept("not", "deferrable") || in.accept("initially", "deferred")
                || in.accept("initially", "immediate") || in.accept("invisible") || in.accept("visible")) {
            return true;
        }
        if (in.accept("storage") || in.accept("column_format") || in.accept("compression")) {
            in.next();
            return true;
        }
        return false;
    }

    /** Mutable scratch for one column while its attributes are read. */
    private static final class Attributes {
        boolean nullable = true;
        Optional<String> defaultExpression = Optional.empty();
        Identity identity = Identity.NONE;
        final boolean serial;
        boolean autoIncrement;
        Optional<String> generated = Optional.empty();
        Optional<String> collation = Optional.empty();
        Optional<String> comment = Optional.empty();

        Attributes(boolean serial) {
            this.serial = serial;
            this.nullable = !serial;
        }
    }
}
