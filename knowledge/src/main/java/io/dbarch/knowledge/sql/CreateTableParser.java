package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.Index;
import io.dbarch.knowledge.schema.IndexKey;
import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.Partitioning;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.TableConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads {@code CREATE TABLE} in PostgreSQL and MySQL forms; the cursor stands after {@code CREATE}. */
final class CreateTableParser {

    private final TokenCursor in;
    private final List<Column> columns = new ArrayList<>();
    private final List<TableConstraint> constraints = new ArrayList<>();
    private final List<Index> indexes = new ArrayList<>();
    private final List<QualifiedName> like = new ArrayList<>();
    private final Map<String, String> options = new LinkedHashMap<>();
    private final List<String> notNullColumns = new ArrayList<>();

    private CreateTableParser(TokenCursor in) {
        this.in = in;
    }

    static DdlStatement.CreateTable parse(TokenCursor in, SourceLocation at) {
        return new CreateTableParser(in).parse(at);
    }

    private DdlStatement.CreateTable parse(SourceLocation at) {
        in.accept("global");
        in.accept("local");
        boolean temporary = in.accept("temporary") || in.accept("temp");
        boolean unlogged = in.accept("unlogged");
        in.expect("table");
        boolean ifNotExists = in.accept("if", "not", "exists");
        QualifiedName name = in.qualifiedName();
        Optional<PartitionOf> partitionOf = Optional.empty();
        if (in.accept("partition", "of")) {
            QualifiedName parent = in.qualifiedName();
            if (in.isOp("(")) {
                elements(name, true);
            }
            partitionOf = Optional.of(new PartitionOf(parent, in.until(false, Set.of("partition", "with",
                    "tablespace", "using", "without")).strip()));
        } else if (in.accept("like")) {
            like.add(in.qualifiedName());
        } else if (in.isOp("(")) {
            elements(name, false);
        } else if (in.isWord("as") || in.isWord("of")) {
            throw in.error("CREATE TABLE … " + in.text(in.peek(0)).toUpperCase(Locale.ROOT)
                    + " takes its columns from a query or type, which dbarch does not evaluate; expected '('");
        } else {
            throw in.error("expected '(' and the column list");
        }
        List<QualifiedName> inherits = new ArrayList<>();
        Optional<Partitioning> partitioning = Optional.empty();
        while (!in.atEnd()) {
            if (in.accept("inherits")) {
                in.expectOp("(");
                do {
                    inherits.add(in.qualifiedName());
                } while (in.acceptOp(","));
                in.expectOp(")");
            } else if (in.accept("partition", "by")) {
                partitioning = Optional.of(partitioning());
            } else if (in.accept("with") && in.isOp("(")) {
                storageOptions();
            } else if (in.accept("without", "oids") || in.accept("with", "oids")) {
                continue;
            } else if (in.accept("on", "commit")) {
                in.until(false, Set.of("tablespace", "using", "with"));
            } else if (in.accept("tablespace") || in.accept("using")) {
                in.next();
            } else if (in.isWord("as")) {
                throw in.error("CREATE TABLE … AS takes its columns from a query, which dbarch does not evaluate;"
                        + " expected table options");
            } else if (in.dialect() == Dialect.MYSQL) {
                mysqlOption();
            } else {
                throw in.error("expected INHERITS, PARTITION BY, WITH, TABLESPACE or the end of the statement");
            }
        }
        columns.replaceAll(c -> notNullColumns.contains(c.name()) ? Columns.withNullable(c, false) : c);
        return new DdlStatement.CreateTable(name, columns, constraints, indexes, like, partitioning, partitionOf,
                inherits, unlogged, temporary, ifNotExists, options, at);
    }

    private void elements(QualifiedName table, boolean partitionOf) {
        in.expectOp("(");
        if (in.acceptOp(")")) {
            return;
        }
        do {
            Optional<String> notNull = ConstraintParser.notNullConstraint(in);
            if (notNull.isPresent()) {
                notNullColumns.add(notNull.get());
            } else if (ConstraintParser.startsConstraint(in)) {
                constraints.add(ConstraintParser.tableConstraint(in));
            } else if (in.accept("like")) {
                like.add(in.qualifiedName());
                in.until(true, Set.of());
            } else if (in.dialect() == Dialect.MYSQL && startsMysqlIndex()) {
                indexes.add(mysqlIndex(table));
            } else if (partitionOf) {
                in.until(true, Set.of()); // column options of a partition: inherited from the parent
            } else {
                ColumnParser.ColumnDefinition definition = ColumnParser.parse(in);
                columns.add(definition.column());
                constraints.addAll(definition.constraints());
            }
        } while (in.acceptOp(","));
        in.expectOp(")");
    }

    private Partitioning partitioning() {
        String strategy = in.text(in.next()).toLowerCase(Locale.ROOT);
        if (in.dialect() == Dialect.MYSQL) {
            in.accept("columns");
            String key = in.isOp("(") ? in.parenthesized() : "";
            in.rest();
            return new Partitioning(strategy, key);
        }
        return new Partitioning(strategy, in.parenthesized());
    }

    private void storageOptions() {
        for (String option : TypeParser.splitTopLevel(in.parenthesized())) {
            int eq = option.indexOf('=');
            String key = (eq < 0 ? option : option.substring(0, eq)).strip().toLowerCase(Locale.ROOT);
            options.put(key, eq < 0 ? "true" : option.substring(eq + 1).strip());
        }
    }

    private void mysqlOption() {
        in.accept("default");
        if (!in.isIdentifier()) {
            throw in.error("expected a table option such as ENGINE=InnoDB");
        }
        String key = in.accept("character", "set") ? "charset" : in.text(in.next()).toLowerCase(Locale.ROOT);
        in.acceptOp("=");
        if (in.atEnd()) {
            throw in.error("expected a value for table option " + key);
        }
        Token value = in.next();
        String text = value.type() == TokenType.STRING ? Identifiers.unquoteString(in.text(value)) : in.text(value);
        options.put(key, text);
    }

    private boolean startsMysqlIndex() {
        return (in.isWord("key") || in.isWord("index") || in.isWord("fulltext") || in.isWord("spatial"))
                && (in.isOp(1, "(") || in.peek(1) != null && in.peek(1).type() != TokenType.OP);
    }

    private Index mysqlIndex(QualifiedName table) {
        SourceLocation at = in.location();
        String kind = in.text(in.next()).toLowerCase(Locale.ROOT);
        if (!in.accept("key")) {
            in.accept("index");
        }
        Optional<String> name = in.isOp("(") ? Optional.empty() : Optional.of(in.identifier());
        if (in.accept("using")) {
            in.next();
        }
        List<IndexKey> keys = ConstraintParser.keyColumns(in).stream().map(IndexKey::column).toList();
        while (in.accept("using") || in.accept("comment") || in.accept("key_block_size")) {
            in.acceptOp("=");
            in.next();
        }
        String method = kind.equals("fulltext") || kind.equals("spatial") ? kind : "btree";
        return Index.of(name, table, false, method, keys, at);
    }
}
