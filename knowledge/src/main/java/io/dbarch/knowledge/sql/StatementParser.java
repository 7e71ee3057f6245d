package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Parses one schema-defining statement (its kind already known) into a {@link DdlStatement}. */
final class StatementParser {

    private StatementParser() {
    }

    static DdlStatement parse(TokenCursor in, StatementKind kind) {
        SourceLocation at = in.location();
        DdlStatement statement = switch (kind) {
            case CREATE_TABLE -> CreateTableParser.parse(skipCreate(in), at);
            case CREATE_INDEX -> IndexParser.parse(skipCreate(in), at);
            case CREATE_TYPE -> ObjectParsers.createType(object(skipCreate(in), "type"), at);
            case CREATE_DOMAIN -> ObjectParsers.createDomain(object(skipCreate(in), "domain"), at);
            case CREATE_SEQUENCE -> ObjectParsers.createSequence(object(skipCreate(in), "sequence"), at);
            case CREATE_SCHEMA -> ObjectParsers.createSchema(object(skipCreate(in), "schema"), at);
            case CREATE_EXTENSION -> ObjectParsers.createExtension(object(skipCreate(in), "extension"), at);
            case CREATE_VIEW -> createView(in, at);
            case ALTER_TABLE -> AlterTableParser.parse(object(after(in, "alter"), "table"), at);
            case ALTER_TYPE -> ObjectParsers.alterType(object(after(in, "alter"), "type"), at);
            case ALTER_SEQUENCE -> ObjectParsers.alterSequence(object(after(in, "alter"), "sequence"), at);
            case ALTER_INDEX, ALTER_VIEW -> alterRenamable(in, at);
            case ALTER_DOMAIN, ALTER_SCHEMA -> new DdlStatement.Ignored(in.rest(), at);
            case DROP_TABLE, DROP_INDEX, DROP_TYPE, DROP_DOMAIN, DROP_SEQUENCE, DROP_VIEW, DROP_SCHEMA,
                 DROP_EXTENSION -> drop(in, at);
            case COMMENT -> CommentParser.parse(in, at);
            case RENAME_TABLE -> renameTables(in, at);
            default -> throw new IllegalArgumentException("not a schema-defining kind: " + kind);
        };
        if (!in.atEnd()) {
            throw in.error("expected the end of the statement");
        }
        return statement;
    }

    private static TokenCursor skipCreate(TokenCursor in) {
        in.expect("create");
        in.accept("or", "replace");
        return in;
    }

    private static TokenCursor after(TokenCursor in, String word) {
        in.expect(word);
        return in;
    }

    /** Skips modifiers up to and including the object word. */
    private static TokenCursor object(TokenCursor in, String word) {
        while (!in.accept(word)) {
            in.next();
        }
        return in;
    }

    private static DdlStatement createView(TokenCursor in, SourceLocation at) {
        in.expect("create");
        boolean orReplace = in.accept("or", "replace");
        boolean materialized = false;
        while (!in.accept("view")) {
            materialized |= in.isWord("materialized");
            in.next();
        }
        return ObjectParsers.createView(in, materialized, orReplace, at);
    }

    private static DdlStatement alterRenamable(TokenCursor in, SourceLocation at) {
        in.expect("alter");
        String kind = in.accept("materialized", "view") ? "materialized view" : in.text(in.next()).toLowerCase(
                Locale.ROOT);
        in.accept("if", "exists");
        QualifiedName name = in.qualifiedName();
        if (in.accept("rename", "to")) {
            return new DdlStatement.Rename(kind, name, in.identifier(), at);
        }
        return new DdlStatement.Ignored("ALTER " + kind.toUpperCase(Locale.ROOT) + " " + in.rest(), at);
    }

    private static DdlStatement drop(TokenCursor in, SourceLocation at) {
        in.expect("drop");
        in.accept("temporary");
        String kind = in.accept("materialized", "view") ? "materialized view"
                : in.text(in.next()).toLowerCase(Locale.ROOT);
        boolean concurrently = in.accept("concurrently");
        boolean ifExists = in.accept("if", "exists");
        List<QualifiedName> names = new ArrayList<>();
        do {
            names.add(in.qualifiedName());
        } while (in.acceptOp(","));
        Optional<QualifiedName> onTable = in.accept("on") ? Optional.of(in.qualifiedName()) : Optional.empty();
        boolean cascade = in.accept("cascade");
        in.accept("restrict");
        while (in.accept("algorithm") || in.accept("lock")) {
            in.acceptOp("=");
            in.next();
        }
        return new DdlStatement.Drop(kind, names, ifExists, cascade, concurrently, onTable, at);
    }

    private static DdlStatement renameTables(TokenCursor in, SourceLocation at) {
        in.expect("rename");
        in.expect("table");
        QualifiedName from = in.qualifiedName();
        in.expect("to");
        String to = in.qualifiedName().name();
        if (in.isOp(",")) {
            in.until(false, Set.of());
            throw new ParseException("RENAME TABLE with several pairs: split it into one RENAME TABLE per table");
        }
        return new DdlStatement.Rename("table", from, to, at);
    }
}
