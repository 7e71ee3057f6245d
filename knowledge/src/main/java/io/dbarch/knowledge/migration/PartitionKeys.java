package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.Table;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where sample rows of a partitioned hierarchy go: into a hash-partitioned parent (PostgreSQL routes them), or
 * into each range or list leaf with the partition key set from the leaf's bound. Empty means "insert no rows
 * here" (other partitioned parents, default partitions, bounds we cannot read).
 */
final class PartitionKeys {

    private static final Pattern FROM = Pattern.compile("(?is)FOR VALUES FROM \\((.*?)\\) TO");
    private static final Pattern IN = Pattern.compile("(?is)FOR VALUES IN \\((.*?)\\)");

    private PartitionKeys() {
    }

    /** The key column values for rows of this table (empty map: no key to set), or empty to skip the table. */
    static Optional<Map<String, String>> of(SchemaModel model, Table table) {
        if (table.isPartitioned()) {
            boolean hash = table.partitioning().map(p -> p.strategy().equalsIgnoreCase("hash")).orElse(false);
            return hash && !table.isPartition() ? Optional.of(Map.of()) : Optional.empty();
        }
        if (!table.isPartition()) {
            return Optional.of(Map.of());
        }
        String bound = table.partitionOf().orElseThrow().bound();
        Optional<Table> parent = model.table(table.partitionOf().orElseThrow().parent());
        if (parent.isEmpty() || parent.get().isPartition() || parent.get().partitioning().isEmpty()) {
            return Optional.empty();
        }
        List<String> keys = Arrays.stream(parent.get().partitioning().get().key().split(","))
                .map(String::strip).toList();
        if (keys.stream().anyMatch(k -> !k.matches("\"?[A-Za-z_][A-Za-z0-9_$]*\"?"))) {
            return Optional.empty();
        }
        Matcher from = FROM.matcher(bound);
        Matcher in = IN.matcher(bound);
        List<String> values;
        if (from.find()) {
            values = split(from.group(1));
        } else if (in.find()) {
            values = split(in.group(1)).subList(0, 1);
        } else {
            return Optional.empty();
        }
        if (values.size() != keys.size() || values.stream().anyMatch(v -> v.equalsIgnoreCase("MINVALUE")
                || v.equalsIgnoreCase("MAXVALUE"))) {
            return Optional.empty();
        }
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            out.put(keys.get(i).replace("\"", ""), values.get(i));
        }
        return Optional.of(out);
    }

    private static List<String> split(String list) {
        return Arrays.stream(list.split(",(?=(?:[^']*'[^']*')*[^']*$)")).map(String::strip).toList();
    }
}
