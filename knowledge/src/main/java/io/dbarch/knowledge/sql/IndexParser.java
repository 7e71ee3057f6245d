package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code CREATE INDEX}; the cursor stands after {@code CREATE}. */
final class IndexParser {

    private IndexParser() {
    }

    static DdlStatement.CreateIndex parse(TokenCursor in, SourceLocation at) {
        boolean unique = in.accept("unique");
        String method = in.accept("fulltext") ? "fulltext" : in.accept("spatial") ? "spatial" : "btree";
        in.expect("index");
        boolean concurrently = in.accept("concurrently");
        boolean ifNotExists = in.accept("if", "not", "exists");
        Optional<String> name = in.isWord("on") ? Optional.empty() : Optional.of(in.qualifiedName().name());
        if (in.accept("using")) {
            method = in.text(in.next()).toLowerCase(Locale.ROOT);
        }
        in.expect("on");
        in.accept("only");
        QualifiedName table = in.qualifiedName();
        if (in.accept("using")) {
            method = in.text(in.next()).toLowerCase(Locale.ROOT);
        }
        List<IndexKey> keys = keys(in);
        List<String> include = List.of();
        boolean nullsNotDistinct = false;
        Optional<String> where = Optional.empty();
        while (!in.atEnd()) {
            if (in.accept("include")) {
                include = in.identifierList();
            } else if (in.accept("nulls", "not", "distinct")) {
                nullsNotDistinct = true;
            } else if (in.accept("nulls", "distinct")) {
                nullsNotDistinct = false;
            } else if (in.accept("with")) {
                in.parenthesized();
            } else if (in.accept("tablespace")) {
                in.next();
            } else if (in.accept("where")) {
                where = Optional.of(in.rest().strip());
            } else if (in.accept("using") || in.accept("algorithm") || in.accept("lock")
                    || in.accept("comment")) {
                in.acceptOp("=");
                in.next();
            } else {
                throw in.error("expected INCLUDE, NULLS [NOT] DISTINCT, WITH, TABLESPACE, WHERE or the end of the"
                        + " statement");
            }
        }
        Index index = new Index(name, table, unique, method, keys, include, nullsNotDistinct, where,
                concurrently, at);
        return new DdlStatement.CreateIndex(index, ifNotExists, at);
    }

    /** {@code (col, lower(email), (a + b) DESC, c text_pattern_ops)}. */
    static List<IndexKey> keys(TokenCursor in) {
        in.expectOp("(");
        List<IndexKey> keys = new ArrayList<>();
        do {
            keys.add(key(in));
        } while (in.acceptOp(","));
        in.expectOp(")");
        return keys;
    }

    private static IndexKey key(TokenCursor in) {
        String text;
        boolean expression;
        if (in.isOp("(")) {
            text = in.parenthesized();
            expression = true;
        } else if (in.isIdentifier() && (in.isOp(1, "(") || in.isOp(1, "."))) {
            int start = in.peek(0).start();
            in.qualifiedName();
            in.parenthesized();
            text = in.statement().source().substring(start, in.peek(-1).end());
            expression = true;
        } else {
            text = in.identifier();
            expression = false;
            if (in.isOp("(") && in.dialect() == io.dbarch.knowledge.schema.Dialect.MYSQL) {
                in.parenthesized(); // MySQL prefix length
            }
        }
        String options = in.until(true, Set.of()).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (options.equals("asc")) {
            options = "";
        }
        return new IndexKey(text, expression, options);
    }
}
