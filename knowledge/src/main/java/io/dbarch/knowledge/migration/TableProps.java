package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.schema.PartitionOf;
import io.dbarch.knowledge.schema.Partitioning;
import io.dbarch.knowledge.schema.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The table-level properties compared between two versions of a table. */
final class TableProps {

    private TableProps() {
    }

    /** What differs, e.g. {@code [comment, options]}; empty when nothing does. */
    static List<String> differences(Table before, Table after) {
        List<String> out = new ArrayList<>();
        if (!before.options().equals(after.options())) {
            out.add("options");
        }
        if (before.unlogged() != after.unlogged()) {
            out.add(after.unlogged() ? "unlogged" : "logged");
        }
        if (!before.comment().equals(after.comment())) {
            out.add("comment");
        }
        if (!partitioning(before.partitioning()).equals(partitioning(after.partitioning()))) {
            out.add("partition key");
        }
        if (!partitionOf(before.partitionOf()).equals(partitionOf(after.partitionOf()))) {
            out.add("partition of");
        }
        if (!before.inherits().equals(after.inherits())) {
            out.add("inherits");
        }
        return out;
    }

    static String partitioning(Optional<Partitioning> p) {
        return p.map(x -> x.strategy().toLowerCase(java.util.Locale.ROOT) + " "
                + Expressions.normalize(x.key())).orElse("");
    }

    static String partitionOf(Optional<PartitionOf> p) {
        return p.map(x -> x.parent().inSchema("public") + " " + Expressions.normalize(x.bound())).orElse("");
    }
}
