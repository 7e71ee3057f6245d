package io.dbarch.knowledge.schema;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything dbarch knows about one database schema, read from DDL text or from a live catalog.
 * Immutable; collections are never null; lookups return {@link Optional}.
 */
public record SchemaModel(
        Dialect dialect,
        List<Schema> schemas,
        List<Table> tables,
        List<View> views,
        List<EnumType> enums,
        List<Domain> domains,
        List<Sequence> sequences,
        List<Extension> extensions,
        List<Comment> comments) {

    public SchemaModel {
        requireNonNull(dialect, "dialect");
        schemas = List.copyOf(schemas);
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        enums = List.copyOf(enums);
        domains = List.copyOf(domains);
        sequences = List.copyOf(sequences);
        extensions = List.copyOf(extensions);
        comments = List.copyOf(comments);
    }

    public static SchemaModel empty(Dialect dialect) {
        return new SchemaModel(dialect, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    public Optional<Table> table(QualifiedName name) {
        requireNonNull(name, "name");
        QualifiedName wanted = name.inSchema(dialect.defaultSchema());
        return tables.stream().filter(t -> t.name().inSchema(dialect.defaultSchema()).equals(wanted)).findFirst();
    }

    /**
     * The table named {@code name}: {@code orders} (default schema first, then any schema) or {@code sales.orders}.
     * Unquoted PostgreSQL names match case-insensitively.
     */
    public Optional<Table> table(String name) {
        requireNonNull(name, "name");
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            QualifiedName qn = QualifiedName.of(name.substring(0, dot), name.substring(dot + 1));
            return table(qn).or(() -> tables.stream()
                    .filter(t -> t.name().toString().equalsIgnoreCase(qn.inSchema(dialect.defaultSchema()).toString()))
                    .findFirst());
        }
        return table(QualifiedName.unqualified(name))
                .or(() -> tables.stream().filter(t -> t.name().name().equals(name)).findFirst())
                .or(() -> tables.stream().filter(t -> t.name().name().equalsIgnoreCase(name)).findFirst());
    }

    public Optional<View> view(String name) {
        requireNonNull(name, "name");
        return views.stream().filter(v -> v.name().toString().equals(name) || v.name().name().equals(name))
                .findFirst();
    }

    public Optional<EnumType> enumType(String name) {
        requireNonNull(name, "name");
        return enums.stream().filter(e -> e.name().toString().equals(name) || e.name().name().equals(name))
                .findFirst();
    }

    /** Every index of every table. */
    public Stream<Index> indexes() {
        return tables.stream().flatMap(t -> t.indexes().stream());
    }

    /** Every foreign key of every table. */
    public Stream<ForeignKey> foreignKeys() {
        return tables.stream().flatMap(t -> t.foreignKeys().stream());
    }

    /** Number of objects by kind, e.g. {@code tables=12}, for summaries. */
    public java.util.Map<String, Integer> counts() {
        var counts = new java.util.LinkedHashMap<String, Integer>();
        counts.put("schemas", schemas.size());
        counts.put("tables", tables.size());
        counts.put("columns", tables.stream().mapToInt(t -> t.columns().size()).sum());
        counts.put("primary keys", (int) tables.stream().filter(t -> t.primaryKey().isPresent()).count());
        counts.put("foreign keys", (int) foreignKeys().count());
        counts.put("unique constraints", tables.stream().mapToInt(t -> t.uniqueConstraints().size()).sum());
        counts.put("check constraints", tables.stream().mapToInt(t -> t.checks().size()).sum());
        counts.put("indexes", (int) indexes().count());
        counts.put("views", (int) views.stream().filter(v -> !v.materialized()).count());
        counts.put("materialized views", (int) views.stream().filter(View::materialized).count());
        counts.put("enum types", enums.size());
        counts.put("domains", domains.size());
        counts.put("sequences", sequences.size());
        counts.put("extensions", extensions.size());
        return counts;
    }
}
