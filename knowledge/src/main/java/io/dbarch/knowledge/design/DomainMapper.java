package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Maps {@code domain} of a validated document to a {@link DomainModel}. */
final class DomainMapper {

    static final long DEFAULT_ROWS = 10_000;
    private static final Pattern TYPE = Pattern.compile("([a-z]+)(?:\\((\\d+)(?:,(\\d+))?\\))?");

    private DomainMapper() {
    }

    static DomainModel map(JsonNode domain, double workloadGrowth, Stated stated) {
        List<Entity> entities = new ArrayList<>();
        List<String> withoutRows = new ArrayList<>();
        for (JsonNode e : domain.path("entities")) {
            if (!e.path("rows").isNumber()) {
                withoutRows.add(e.path("name").asText());
            }
            entities.add(entity(e, workloadGrowth));
        }
        if (!withoutRows.isEmpty()) {
            stated.assume("domain.entities[].rows", "%,d for %s".formatted(DEFAULT_ROWS, String.join(", ", withoutRows)),
                    "row count not stated; a small table is assumed, so capacity for these is a floor");
        }
        List<Relationship> relationships = new ArrayList<>();
        List<String> assumedRequired = new ArrayList<>();
        for (JsonNode r : domain.path("relationships")) {
            if (!r.path("required").isBoolean() && !r.path("kind").asText().equals("many-to-many")) {
                assumedRequired.add(r.path("from").asText() + " → " + r.path("to").asText());
            }
            relationships.add(relationship(r));
        }
        if (!assumedRequired.isEmpty()) {
            stated.assume("domain.relationships[].required", "true for " + String.join(", ", assumedRequired),
                    "a reference not stated as optional is NOT NULL; make it optional with required: false");
        }
        Optional<YearMonth> from = Stated.optionalText(domain, "partitionsFrom").map(YearMonth::parse);
        return new DomainModel(entities, relationships, from);
    }

    private static Entity entity(JsonNode e, double workloadGrowth) {
        List<Attribute> attributes = new ArrayList<>();
        e.path("attributes").forEach(a -> attributes.add(attribute(a)));
        return new Entity(e.path("name").asText(),
                e.path("rows").isNumber() ? e.path("rows").asLong() : DEFAULT_ROWS,
                Stated.optionalNumber(e, "growthPercentPerYear").orElse(workloadGrowth),
                EntityKind.valueOf(Stated.enumName(e.path("kind").asText("core"))),
                Stated.flagOr(e, "global", false),
                Stated.texts(e, "naturalKey"),
                attributes);
    }

    private static Attribute attribute(JsonNode a) {
        Matcher m = TYPE.matcher(a.path("type").asText());
        if (!m.matches()) {
            throw new IllegalStateException("type passed the schema but not the mapper: " + a.path("type"));
        }
        List<Integer> parameters = new ArrayList<>();
        for (int g = 2; g <= 3; g++) {
            if (m.group(g) != null) {
                parameters.add(Integer.parseInt(m.group(g)));
            }
        }
        AttributeType type = AttributeType.valueOf(Stated.enumName(m.group(1)));
        boolean personal = Stated.flagOr(a, "personal", type == AttributeType.EMAIL);
        Optional<Integer> averageBytes = a.path("averageBytes").isNumber()
                ? Optional.of(a.path("averageBytes").asInt()) : Optional.empty();
        return new Attribute(a.path("name").asText(), type, parameters, Stated.flagOr(a, "required", false),
                Stated.flagOr(a, "unique", false), personal, Stated.texts(a, "values"), averageBytes);
    }

    private static Relationship relationship(JsonNode r) {
        return new Relationship(r.path("from").asText(), r.path("to").asText(),
                Relationship.Cardinality.valueOf(Stated.enumName(r.path("kind").asText())),
                Stated.flagOr(r, "required", true),
                Stated.optionalText(r, "name"),
                Relationship.OnDelete.valueOf(Stated.enumName(r.path("onDelete").asText("restrict"))));
    }
}
