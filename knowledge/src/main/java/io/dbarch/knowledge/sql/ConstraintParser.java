package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.CheckConstraint;
import io.dbarch.knowledge.schema.ExclusionConstraint;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.ReferentialAction;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.TableConstraint;
import io.dbarch.knowledge.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads table constraints, and the constraint tails shared with inline column constraints. */
final class ConstraintParser {

    private ConstraintParser() {
    }

    static boolean startsConstraint(TokenCursor in) {
        return in.isWord("constraint") || in.isWord("primary") || in.isWord("unique") || in.isWord("check")
                || in.isWord("foreign") || in.isWord("exclude");
    }

    /** PostgreSQL 18's {@code [CONSTRAINT n] NOT NULL col [NO INHERIT]}: the column, when that comes next. */
    static Optional<String> notNullConstraint(TokenCursor in) {
        int start = in.mark();
        if (in.accept("constraint")) {
            in.identifier();
        }
        if (in.accept("not", "null") && in.isIdentifier()) {
            String column = in.identifier();
            in.accept("no", "inherit");
            in.accept("not", "valid");
            return Optional.of(column);
        }
        in.reset(start);
        return Optional.empty();
    }

    /** A table-level constraint: {@code [CONSTRAINT n] PRIMARY KEY (…) | UNIQUE (…) | CHECK (…) | FOREIGN KEY …}. */
    static TableConstraint tableConstraint(TokenCursor in) {
        SourceLocation at = in.location();
        Optional<String> name = in.accept("constraint") ? Optional.of(in.identifier()) : Optional.empty();
        if (in.accept("primary", "key")) {
            skipMysqlIndexType(in);
            List<String> columns = keyColumns(in);
            return new PrimaryKey(name, columns, indexTail(in), at);
        }
        if (in.accept("unique")) {
            boolean nullsNotDistinct = nullsDistinct(in);
            if (in.accept("key") || in.accept("index")) {
                if (in.isIdentifier() && !in.isOp(1, ".")) {
                    name = name.or(() -> Optional.of(in.identifier()));
                }
            }
            skipMysqlIndexType(in);
            List<String> columns = keyColumns(in);
            return new UniqueConstraint(name, columns, nullsNotDistinct, indexTail(in), at);
        }
        if (in.accept("check")) {
            String expression = in.parenthesized();
            boolean notValid = checkTail(in);
            return new CheckConstraint(name, expression, Optional.empty(), notValid, at);
        }
        if (in.accept("foreign", "key")) {
            if (in.isIdentifier()) {
                in.identifier(); // MySQL allows an index name here
            }
            List<String> columns = in.identifierList();
            in.expect("references");
            return references(in, name, columns, at);
        }
        if (in.accept("exclude")) {
            String definition = in.until(true, java.util.Set.of("deferrable", "initially", "not"));
            constraintAttributes(in);
            return new ExclusionConstraint(name, definition, at);
        }
        throw in.error("expected PRIMARY KEY, UNIQUE, CHECK, FOREIGN KEY or EXCLUDE");
    }

    /** After {@code REFERENCES}: {@code table [(cols)] [MATCH …] [ON DELETE …] [ON UPDATE …] [DEFERRABLE …]}. */
    static ForeignKey references(TokenCursor in, Optional<String> name, List<String> columns, SourceLocation at) {
        QualifiedName target = in.qualifiedName();
        List<String> targetColumns = in.isOp("(") ? keyColumns(in) : List.of();
        ReferentialAction onDelete = ReferentialAction.NO_ACTION;
        ReferentialAction onUpdate = ReferentialAction.NO_ACTION;
        boolean deferrable = false;
        boolean deferred = false;
        boolean notValid = false;
        while (!in.atEnd()) {
            if (in.accept("match")) {
                in.next();
            } else if (in.accept("on", "delete")) {
                onDelete = action(in);
            } else if (in.accept("on", "update")) {
                onUpdate = action(in);
            } else if (in.accept("deferrable")) {
                deferrable = true;
            } else if (in.accept("not", "deferrable")) {
                deferrable = false;
            } else if (in.accept("initially", "deferred")) {
                deferred = true;
            } else if (in.accept("initially", "immediate")) {
                deferred = false;
            } else if (in.accept("not", "valid")) {
                notValid = true;
            } else if (in.accept("not", "enforced") || in.accept("enforced")) {
                continue;
            } else {
                break;
            }
        }
        return new ForeignKey(name, columns, target, targetColumns, onDelete, onUpdate, deferrable, deferred,
                notValid, at);
    }

    private static ReferentialAction action(TokenCursor in) {
        if (in.accept("no", "action")) {
            return ReferentialAction.NO_ACTION;
        }
        if (in.accept("restrict")) {
            return ReferentialAction.RESTRICT;
        }
        if (in.accept("cascade")) {
            return ReferentialAction.CASCADE;
        }
        ReferentialAction action;
        if (in.accept("set", "null")) {
            action = ReferentialAction.SET_NULL;
        } else if (in.accept("set", "default")) {
            action = ReferentialAction.SET_DEFAULT;
        } else {
            throw in.error("expected NO ACTION, RESTRICT, CASCADE, SET NULL or SET DEFAULT");
        }
        if (in.isOp("(")) {
            in.parenthesized();
        }
        return action;
    }

    /** Key columns {@code (a, b DESC, c(10))}: names only (MySQL prefix lengths and orderings dropped). */
    static List<String> keyColumns(TokenCursor in) {
        in.expectOp("(");
        List<String> columns = new ArrayList<>();
        do {
            columns.add(in.identifier());
            in.until(true, java.util.Set.of());
        } while (in.acceptOp(","));
        in.expectOp(")");
        return columns;
    }

    private static boolean nullsDistinct(TokenCursor in) {
        if (in.accept("nulls", "not", "distinct")) {
            return true;
        }
        in.accept("nulls", "distinct");
        return false;
    }

    private static void skipMysqlIndexType(TokenCursor in) {
        if (in.isWord("using") && (in.isWord(1, "btree") || in.isWord(1, "hash"))) {
            in.next();
            in.next();
        }
    }

    /** INCLUDE, WITH, USING INDEX TABLESPACE and deferrability after a PK or UNIQUE; returns deferrable. */
    private static boolean indexTail(TokenCursor in) {
        while (in.accept("include") || in.accept("with") || in.accept("using", "index", "tablespace")
                || in.accept("using") || in.accept("comment") || in.accept("key_block_size")) {
            if (in.isOp("(")) {
                in.parenthesized();
            } else if (!in.atEnd() && !in.isOp(",") && !in.isOp(")")) {
                in.acceptOp("=");
                in.next();
            }
        }
        return constraintAttributes(in);
    }

    private static boolean checkTail(TokenCursor in) {
        boolean notValid = false;
        while (true) {
            if (in.accept("no", "inherit") || in.accept("not", "enforced") || in.accept("enforced")) {
                continue;
            }
            if (in.accept("not", "valid")) {
                notValid = true;
                continue;
            }
            return notValid;
        }
    }

    /** {@code [NOT] DEFERRABLE [INITIALLY …]}; returns deferrable. */
    static boolean constraintAttributes(TokenCursor in) {
        boolean deferrable = false;
        while (true) {
            if (in.accept("deferrable")) {
                deferrable = true;
            } else if (in.accept("not", "deferrable") || in.accept("initially", "deferred")
                    || in.accept("initially", "immediate")) {
                continue;
            } else {
                return deferrable;
            }
        }
    }
}
