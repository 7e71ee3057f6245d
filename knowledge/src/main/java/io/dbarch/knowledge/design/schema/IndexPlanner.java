package io.dbarch.knowledge.design.schema;

import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.QueryPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans indexes: case-insensitive email keys, one index per foreign key, and one per main query (tenant key first,
 * then equality filters, then the grouping or ordering column), skipping any index whose columns an existing key
 * already leads with, and dropping an index that a wider one leads with.
 */
final class IndexPlanner {

    private final SchemaContext ctx;
    private final Map<String, String> servedBy = new LinkedHashMap<>();

    IndexPlanner(SchemaContext ctx) {
        this.ctx = ctx;
    }

    /** Which index serves each main query, by query name. */
    Map<String, String> servedBy() {
        return Map.copyOf(servedBy);
    }

    TableDesign plan(TableDesign table) {
        List<IndexDesign> indexes = new ArrayList<>();
        Optional<Entity> entity = ctx.requirements().domain().entity(table.name());
        if (entity.filter(ctx::emailKey).isPresent()) {
            List<String> cols = new ArrayList<>(table.tenantScoped() ? List.of("tenant_id") : List.of());
            cols.add("lower(" + entity.get().naturalKey().get(0) + ")");
            indexes.add(new IndexDesign(name(table.name(), cols), cols, true, "natural key, case-insensitive"));
        }
        for (ForeignKeyDesign fk : table.foreignKeys()) {
            if (!covered(table, indexes, fk.columns())) {
                indexes.add(new IndexDesign(name(table.name(), fk.columns()), fk.columns(), false,
                        "foreign key to " + fk.references()));
            }
        }
        for (QueryPattern q : ctx.requirements().workload().queries()) {
            if (q.entity().equals(table.name()) && q.kind() != QueryPattern.Kind.INSERT) {
                queryIndex(table, indexes, q);
            }
        }
        return table.withIndexes(withoutPrefixes(indexes));
    }

    /** Drops every non-unique index whose columns lead another index, folding its reason into that index. */
    private static List<IndexDesign> withoutPrefixes(List<IndexDesign> indexes) {
        List<IndexDesign> result = new ArrayList<>(indexes);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (IndexDesign narrow : List.copyOf(result)) {
                Optional<IndexDesign> wider = result.stream().filter(w -> !narrow.unique()
                        && w.columns().size() > narrow.columns().size() && w.startsWith(narrow.columns())).findFirst();
                if (wider.isPresent()) {
                    result.set(result.indexOf(wider.get()), new IndexDesign(wider.get().name(), wider.get().columns(),
                            wider.get().unique(), narrow.reason() + "; " + wider.get().reason()));
                    result.remove(narrow);
                    changed = true;
                    break;
                }
            }
        }
        return result;
    }

    private void queryIndex(TableDesign table, List<IndexDesign> indexes, QueryPattern q) {
        List<String> cols = new ArrayList<>();
        if (table.tenantScoped()) {
            cols.add("tenant_id");
        }
        q.filterBy().forEach(f -> ctx.column(table.name(), f).filter(c -> !cols.contains(c)).ifPresent(cols::add));
        if (cols.contains("id")) {
            servedBy.put(q.name(), "primary key of " + table.name());
            return;
        }
        q.groupBy().flatMap(g -> ctx.column(table.name(), g)).filter(c -> !cols.contains(c)).ifPresent(cols::add);
        q.orderBy().flatMap(o -> ctx.column(table.name(), o)).filter(c -> !cols.contains(c)).ifPresent(cols::add);
        if (cols.isEmpty() || cols.equals(List.of("tenant_id"))) {
            servedBy.put(q.name(), "no selective filter: a scan of " + table.name());
            return;
        }
        Optional<IndexDesign> existing = indexes.stream().filter(i -> i.startsWith(cols)).findFirst();
        if (existing.isPresent()) {
            servedBy.put(q.name(), existing.get().name());
            return;
        }
        if (startsWithKey(table, cols)) {
            servedBy.put(q.name(), "a unique key of " + table.name());
            return;
        }
        IndexDesign index = new IndexDesign(name(table.name(), cols), cols, false, "query: " + q.name());
        indexes.add(index);
        servedBy.put(q.name(), index.name());
    }

    private static boolean covered(TableDesign table, List<IndexDesign> indexes, List<String> cols) {
        return startsWith(table.primaryKey(), cols) || startsWithKey(table, cols)
                || indexes.stream().anyMatch(i -> i.startsWith(cols));
    }

    private static boolean startsWithKey(TableDesign table, List<String> cols) {
        return table.uniqueKeys().stream().anyMatch(k -> startsWith(k, cols));
    }

    private static boolean startsWith(List<String> list, List<String> prefix) {
        return list.size() >= prefix.size() && list.subList(0, prefix.size()).equals(prefix);
    }

    static String name(String table, List<String> cols) {
        String joined = String.join("_", cols.stream()
                .map(c -> c.startsWith("lower(") ? c.substring(6, c.length() - 1) + "_lower" : c).toList());
        String name = table + "_" + joined + "_idx";
        return name.length() <= 63 ? name : name.substring(0, 59) + "_idx";
    }
}
