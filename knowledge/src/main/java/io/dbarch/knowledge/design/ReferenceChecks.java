package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks that every name used in the document refers to an entity or attribute that exists. */
final class ReferenceChecks {

    private final Map<String, Set<String>> columns = new HashMap<>();
    private final List<ValidationError> errors;

    private ReferenceChecks(List<ValidationError> errors) {
        this.errors = errors;
    }

    static void check(JsonNode root, List<ValidationError> errors) {
        ReferenceChecks checks = new ReferenceChecks(errors);
        checks.collect(root);
        checks.verify(root);
    }

    private void collect(JsonNode root) {
        for (JsonNode e : root.path("domain").path("entities")) {
            Set<String> names = new HashSet<>(Set.of("id", "created_at", "updated_at", "tenant"));
            e.path("attributes").forEach(a -> names.add(a.path("name").asText()));
            columns.put(e.path("name").asText(), names);
        }
        for (JsonNode r : root.path("domain").path("relationships")) {
            String kind = r.path("kind").asText();
            boolean reversed = kind.equals("one-to-many");
            String child = r.path(reversed ? "to" : "from").asText();
            String role = r.path("name").asText(r.path(reversed ? "from" : "to").asText());
            if (!kind.equals("many-to-many") && columns.containsKey(child)) {
                columns.get(child).add(role);
            }
        }
    }

    private void verify(JsonNode root) {
        JsonNode domain = root.path("domain");
        each(domain.path("entities"), "domain.entities", (e, p) ->
                each(e.path("naturalKey"), p + ".naturalKey", (k, kp) -> column(e.path("name").asText(), k, kp)));
        each(domain.path("relationships"), "domain.relationships", (r, p) -> {
            entity(r.path("from"), p + ".from");
            entity(r.path("to"), p + ".to");
        });
        each(root.path("workload").path("queries"), "workload.queries", (q, p) -> {
            if (entity(q.path("entity"), p + ".entity")) {
                String entity = q.path("entity").asText();
                each(q.path("filterBy"), p + ".filterBy", (f, fp) -> column(entity, f, fp));
                if (q.has("orderBy")) {
                    column(entity, q.path("orderBy"), p + ".orderBy");
                }
                if (q.has("groupBy")) {
                    column(entity, q.path("groupBy"), p + ".groupBy");
                }
            }
        });
        double shares = 0;
        for (JsonNode q : root.path("workload").path("queries")) {
            shares += q.path("sharePercent").asDouble();
        }
        if (shares > 100.5) {
            errors.add(new ValidationError("workload.queries", "the shares add up to %s%%; expected at most 100"
                    .formatted(ValueChecks.format(shares))));
        }
        each(root.path("compliance").path("retention"), "compliance.retention", (r, p) -> entity(r.path("entity"), p + ".entity"));
        each(root.path("analytics").path("reports"), "analytics.reports", (r, p) -> {
            if (entity(r.path("entity"), p + ".entity")) {
                each(r.path("groupBy"), p + ".groupBy", (g, gp) -> column(r.path("entity").asText(), g, gp));
            }
        });
        each(root.path("changes"), "changes", (c, p) -> {
            if (c.has("entity")) {
                entity(c.path("entity"), p + ".entity");
            }
        });
        JsonNode tenantEntity = root.path("tenancy").path("tenantEntity");
        if (tenantEntity.isTextual()) {
            entity(tenantEntity, "tenancy.tenantEntity");
        }
    }

    private boolean entity(JsonNode name, String path) {
        if (columns.containsKey(name.asText())) {
            return true;
        }
        errors.add(new ValidationError(path, "unknown entity '" + name.asText() + "'; "
                + (columns.isEmpty() ? "domain.entities is empty" : "known: " + String.join(", ", sorted(columns.keySet())))));
        return false;
    }

    private void column(String entity, JsonNode name, String path) {
        Set<String> known = columns.getOrDefault(entity, Set.of());
        if (!known.contains(name.asText())) {
            errors.add(new ValidationError(path, "'" + name.asText() + "' is neither an attribute of '" + entity
                    + "' nor an entity it references; known: " + String.join(", ", sorted(known))));
        }
    }

    private static List<String> sorted(Set<String> names) {
        return names.stream().sorted().toList();
    }

    private static void each(JsonNode array, String path, java.util.function.BiConsumer<JsonNode, String> action) {
        for (int i = 0; i < array.size(); i++) {
            action.accept(array.get(i), path + "[" + i + "]");
        }
    }
}
