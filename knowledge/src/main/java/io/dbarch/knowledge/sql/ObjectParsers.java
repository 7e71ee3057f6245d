package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.ColumnRef;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Domain;
import io.dbarch.knowledge.schema.EnumType;
import io.dbarch.knowledge.schema.Extension;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.Schema;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.View;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads the smaller CREATE statements: TYPE … AS ENUM, DOMAIN, SEQUENCE, VIEW, SCHEMA, EXTENSION. */
final class ObjectParsers {

    private ObjectParsers() {
    }

    /** After {@code CREATE TYPE name}: enums are modelled; composite, range and base types are not. */
    static DdlStatement createType(TokenCursor in, SourceLocation at) {
        QualifiedName name = in.qualifiedName();
        if (!in.accept("as", "enum")) {
            in.rest();
            return new DdlStatement.Ignored("CREATE TYPE other than an enum is not modelled", at);
        }
        in.expectOp("(");
        List<String> labels = new ArrayList<>();
        if (!in.isOp(")")) {
            do {
                labels.add(in.stringLiteral());
            } while (in.acceptOp(","));
        }
        in.expectOp(")");
        return new DdlStatement.CreateEnum(new EnumType(name, labels, at), at);
    }

    /** After {@code ALTER TYPE}. */
    static DdlStatement alterType(TokenCursor in, SourceLocation at) {
        QualifiedName name = in.qualifiedName();
        if (in.accept("add", "value")) {
            boolean ifNotExists = in.accept("if", "not", "exists");
            String value = in.stringLiteral();
            Optional<String> before = in.accept("before") ? Optional.of(in.stringLiteral()) : Optional.empty();
            Optional<String> after = in.accept("after") ? Optional.of(in.stringLiteral()) : Optional.empty();
            return new DdlStatement.AlterEnum(name, value, before, after, Optional.empty(), ifNotExists, at);
        }
        if (in.accept("rename", "value")) {
            String from = in.stringLiteral();
            in.expect("to");
            return new DdlStatement.AlterEnum(name, in.stringLiteral(), Optional.empty(), Optional.empty(),
                    Optional.of(from), false, at);
        }
        if (in.accept("rename", "to")) {
            return new DdlStatement.Rename("type", name, in.identifier(), at);
        }
        return new DdlStatement.Ignored("ALTER TYPE " + name + " " + in.rest(), at);
    }

    /** After {@code CREATE DOMAIN}. */
    static DdlStatement.CreateDomain createDomain(TokenCursor in, SourceLocation at) {
        QualifiedName name = in.qualifiedName();
        in.accept("as");
        DataType base = TypeParser.parse(in).type();
        boolean notNull = false;
        Optional<String> defaultExpression = Optional.empty();
        List<String> checks = new ArrayList<>();
        while (!in.atEnd()) {
            if (in.accept("constraint")) {
                in.identifier();
            } else if (in.accept("not", "null")) {
                notNull = true;
            } else if (in.accept("null")) {
                notNull = false;
            } else if (in.accept("default")) {
                defaultExpression = Optional.of(in.until(false, Set.of("constraint", "not", "null", "check",
                        "collate")).strip());
            } else if (in.accept("check")) {
                checks.add(in.parenthesized());
                in.accept("not", "valid");
            } else if (in.accept("collate")) {
                in.qualifiedName();
            } else {
                throw in.error("expected NOT NULL, DEFAULT, CHECK or COLLATE");
            }
        }
        return new DdlStatement.CreateDomain(new Domain(name, base, notNull, defaultExpression, checks, at), at);
    }

    /** After {@code CREATE [TEMP] SEQUENCE}. */
    static DdlStatement.CreateSequence createSequence(TokenCursor in, SourceLocation at) {
        boolean ifNotExists = in.accept("if", "not", "exists");
        QualifiedName name = in.qualifiedName();
        SequenceOptions options = SequenceOptions.read(in);
        return new DdlStatement.CreateSequence(name, options.type(), options.ownedBy(), ifNotExists, at);
    }

    /** After {@code ALTER SEQUENCE}. */
    static DdlStatement alterSequence(TokenCursor in, SourceLocation at) {
        in.accept("if", "exists");
        QualifiedName name = in.qualifiedName();
        if (in.accept("rename", "to")) {
            return new DdlStatement.Rename("sequence", name, in.identifier(), at);
        }
        if (in.isWord("owner") || in.isWord("set")) {
            return new DdlStatement.Ignored("ALTER SEQUENCE " + name + " " + in.rest(), at);
        }
        SequenceOptions options = SequenceOptions.read(in);
        return new DdlStatement.AlterSequence(name, options.ownedBy(), options.type(), at);
    }

    /** After {@code CREATE [OR REPLACE] [TEMP] [RECURSIVE|MATERIALIZED]} and {@code VIEW}. */
    static DdlStatement.CreateView createView(TokenCursor in, boolean materialized, boolean orReplace,
                                              SourceLocation at) {
        in.accept("if", "not", "exists");
        QualifiedName name = in.qualifiedName();
        if (in.isOp("(")) {
            in.parenthesized();
        }
        while (!in.isWord("as")) {
            if (in.atEnd()) {
                throw in.error("expected AS and the view's query");
            }
            if (in.accept("with") || in.accept("using") || in.accept("tablespace")) {
                if (in.isOp("(")) {
                    in.parenthesized();
                } else {
                    in.next();
                }
            } else {
                throw in.error("expected AS and the view's query");
            }
        }
        in.expect("as");
        String definition = in.until(false, Set.of()).strip();
        in.rest();
        definition = definition.replaceFirst("(?is)\\s+with\\s+(no\\s+)?data\\s*$", "")
                .replaceFirst("(?is)\\s+with\\s+(cascaded\\s+|local\\s+)?check\\s+option\\s*$", "");
        return new DdlStatement.CreateView(new View(name, materialized, definition, Optional.empty(), at),
                orReplace, at);
    }

    /** After {@code CREATE SCHEMA}. */
    static DdlStatement.CreateSchema createSchema(TokenCursor in, SourceLocation at) {
        boolean ifNotExists = in.accept("if", "not", "exists");
        String name = in.isWord("authorization") ? "" : in.identifier();
        if (in.accept("authorization")) {
            String owner = in.identifier();
            name = name.isEmpty() ? owner : name;
        }
        List<DdlStatement> elements = new ArrayList<>();
        for (RawStatement element : in.splitAtTopLevel("create", "grant")) {
            TokenCursor sub = new TokenCursor(element, in.dialect(), in.lines());
            StatementKind kind = StatementClassifier.classify(sub);
            if (kind.schemaDefining()) {
                elements.add(StatementParser.parse(sub, kind));
            }
        }
        return new DdlStatement.CreateSchema(new Schema(name, Optional.empty(), at), ifNotExists, elements, at);
    }

    /** After {@code CREATE EXTENSION}. */
    static DdlStatement.CreateExtension createExtension(TokenCursor in, SourceLocation at) {
        boolean ifNotExists = in.accept("if", "not", "exists");
        String name = in.identifier();
        in.accept("with");
        Optional<String> schema = Optional.empty();
        while (!in.atEnd()) {
            if (in.accept("schema")) {
                schema = Optional.of(in.identifier());
            } else if (in.accept("version") || in.accept("from")) {
                in.next();
            } else if (!in.accept("cascade")) {
                throw in.error("expected SCHEMA, VERSION or CASCADE");
            }
        }
        return new DdlStatement.CreateExtension(new Extension(name, schema, at), ifNotExists, at);
    }

    /** {@code [AS type] … [OWNED BY t.c | OWNED BY NONE] …}; other sequence options are skipped. */
    private record SequenceOptions(Optional<DataType> type, Optional<ColumnRef> ownedBy) {

        static SequenceOptions read(TokenCursor in) {
            Optional<DataType> type = Optional.empty();
            Optional<ColumnRef> ownedBy = Optional.empty();
            while (!in.atEnd()) {
                if (in.accept("as")) {
                    type = Optional.of(TypeParser.parse(in).type());
                } else if (in.accept("owned", "by")) {
                    if (!in.accept("none")) {
                        List<String> parts = in.dottedName();
                        if (parts.size() < 2) {
                            throw in.error("expected OWNED BY table.column or OWNED BY NONE");
                        }
                        int last = parts.size() - 1;
                        QualifiedName table = last >= 2 ? QualifiedName.of(parts.get(last - 2), parts.get(last - 1))
                                : QualifiedName.unqualified(parts.get(0));
                        ownedBy = Optional.of(new ColumnRef(table, parts.get(last)));
                    }
                } else {
                    in.next();
                }
            }
            return new SequenceOptions(type, ownedBy);
        }
    }
}
