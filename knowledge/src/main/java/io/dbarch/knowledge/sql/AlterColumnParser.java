package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Identity;
import java.util.Set;

/** The {@code ALTER [COLUMN] c …} actions of ALTER TABLE; the cursor stands after the column name. */
final class AlterColumnParser {

    private AlterColumnParser() {
    }

    /** The action, or null when it is one the model does not track. */
    static AlterAction alterColumn(TokenCursor in, String column) {
        if (in.accept("set", "data", "type") || in.accept("type")) {
            var type = TypeParser.parse(in).type();
            if (in.accept("collate")) {
                in.qualifiedName();
            }
            return new AlterAction.AlterColumnType(column, type, AlterTableParser.using(in));
        }
        if (in.accept("set", "default")) {
            return new AlterAction.SetDefault(column, in.until(true, Set.of()).strip());
        }
        if (in.accept("drop", "default")) {
            return new AlterAction.DropDefault(column);
        }
        if (in.accept("set", "not", "null")) {
            return new AlterAction.SetNotNull(column);
        }
        if (in.accept("drop", "not", "null")) {
            return new AlterAction.DropNotNull(column);
        }
        if (in.accept("add", "generated")) {
            Identity identity = AlterTableParser.identityKind(in);
            in.expect("as", "identity");
            if (in.isOp("(")) {
                in.parenthesized();
            }
            return new AlterAction.SetIdentity(column, identity);
        }
        if (in.accept("drop", "identity")) {
            in.accept("if", "exists");
            return new AlterAction.SetIdentity(column, Identity.NONE);
        }
        return null; // SET STATISTICS, SET STORAGE, SET (options), …: the caller keeps it as Other
    }
}
