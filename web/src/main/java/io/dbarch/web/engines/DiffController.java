package io.dbarch.web.engines;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.knowledge.migration.MigrationDraft;
import io.dbarch.knowledge.migration.MigrationDrafter;
import io.dbarch.knowledge.migration.Mode;
import io.dbarch.knowledge.migration.PlanOptions;
import io.dbarch.knowledge.migration.RenameHint;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.SourceText;
import io.dbarch.web.http.JsonBodies;
import io.dbarch.web.security.Access;
import io.dbarch.web.security.Role;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST /api/diff} {@code {"from": "CREATE TABLE …", "to": "CREATE TABLE …", "renames": ["a.b=a.c"],
 * "mode": "safe|simple", "verify": true}}: the drafted migration — summary, decisions, refusals, hazards, the Flyway
 * files and, unless {@code verify} is false, the verification on the embedded PostgreSQL.
 */
final class DiffController {

    private static final int MAX_RENAMES = 100;

    private final DdlReader reader;
    private final MigrationDrafter drafter;
    private final JsonBodies bodies;

    DiffController(DdlReader reader, MigrationDrafter drafter, JsonBodies bodies) {
        this.reader = requireNonNull(reader, "reader");
        this.drafter = requireNonNull(drafter, "drafter");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    void diff(Context ctx) {
        Access.require(ctx, Role.ARCHITECT);
        JsonNode body = bodies.object(ctx, "{\"from\": \"CREATE TABLE …\", \"to\": \"CREATE TABLE …\"}");
        SchemaModel from = model("from.sql", JsonBodies.text(body, "from"));
        SchemaModel to = model("to.sql", JsonBodies.text(body, "to"));
        MigrationDraft draft;
        try {
            draft = drafter.draft(from, to, options(body), !body.path("verify").isBoolean()
                    || body.path("verify").asBoolean());
        } catch (IllegalArgumentException e) {
            throw JsonBodies.invalid(e.getMessage());
        }
        ctx.json(response(draft));
    }

    private SchemaModel model(String name, String ddl) {
        return reader.read(List.of(SourceText.of(name, ddl)), Optional.empty()).model();
    }

    private static PlanOptions options(JsonNode body) {
        Mode mode = JsonBodies.optionalText(body, "mode").map(m -> switch (m) {
            case "safe" -> Mode.SAFE;
            case "simple" -> Mode.SIMPLE;
            default -> throw JsonBodies.invalid("'mode' must be safe or simple.");
        }).orElse(Mode.SAFE);
        JsonNode renames = body.path("renames");
        if (!renames.isMissingNode() && (!renames.isArray() || renames.size() > MAX_RENAMES)) {
            throw JsonBodies.invalid("'renames' must be an array of at most " + MAX_RENAMES
                    + " strings such as \"accounts.full_name=accounts.display_name\".");
        }
        List<RenameHint> hints = new ArrayList<>();
        try {
            renames.forEach(r -> hints.add(RenameHint.parse(r.asText())));
        } catch (IllegalArgumentException e) {
            throw JsonBodies.invalid(e.getMessage());
        }
        return PlanOptions.defaults().withMode(mode).withRenames(hints);
    }

    private static Map<String, Object> response(MigrationDraft draft) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("summary", draft.summary());
        out.put("ready", draft.plan().ready());
        out.put("decisions", draft.plan().decisions().stream().map(d -> Map.of("kind", d.kind().name(),
                "subject", d.subject(), "message", d.message(), "resolution", d.resolution())).toList());
        out.put("refusals", draft.plan().refusals().stream().map(r -> Map.of("subject", r.subject(),
                "reason", r.reason())).toList());
        out.put("hazards", draft.plan().hazardCounts());
        out.put("files", draft.files().stream().map(f -> Map.of("name", f.name(), "content", f.content())).toList());
        draft.verification().ifPresent(v -> out.put("verification", Map.of("status", v.status().name(),
                "summary", v.summary(), "failure", v.failure().map(f -> f.asLine()).orElse(""))));
        return out;
    }
}
