package io.dbarch.web.engines;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.knowledge.erd.ColumnDetail;
import io.dbarch.knowledge.erd.ErdArtifact;
import io.dbarch.knowledge.erd.ErdException;
import io.dbarch.knowledge.erd.ErdFormat;
import io.dbarch.knowledge.erd.ErdOptions;
import io.dbarch.knowledge.erd.ErdRenderer;
import io.dbarch.knowledge.erd.ErdResult;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.web.http.JsonBodies;
import io.dbarch.web.security.Access;
import io.dbarch.web.security.Role;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code POST /api/erd} {@code {"ddl": "…", "format": "svg|png|puml|mmd", "focus": "orders", "depth": 1,
 * "columns": "all|keys|none", "dialect": "postgresql|mysql"}}: the diagrams as JSON (text, or base64 for PNG), or the
 * first diagram itself when {@code Accept} names the format's media type.
 */
final class ErdController {

    private final DdlReader reader;
    private final ErdRenderer renderer;
    private final JsonBodies bodies;

    ErdController(DdlReader reader, ErdRenderer renderer, JsonBodies bodies) {
        this.reader = requireNonNull(reader, "reader");
        this.renderer = requireNonNull(renderer, "renderer");
        this.bodies = requireNonNull(bodies, "bodies");
    }

    void erd(Context ctx) {
        Access.require(ctx, Role.ARCHITECT);
        JsonNode body = bodies.object(ctx, "{\"ddl\": \"CREATE TABLE …\", \"format\": \"svg\"}");
        ReadResult read = DdlInput.read(reader, body, "ddl");
        ErdFormat format = JsonBodies.optionalText(body, "format").map(f -> ErdFormat.fromFileName(f)
                .orElseThrow(() -> JsonBodies.invalid("'format' must be svg, png, puml or mmd."))).orElse(ErdFormat.SVG);
        ErdResult result;
        try {
            result = renderer.render(read.model(), options(body).withFormats(EnumSet.of(format)));
        } catch (ErdException e) {
            throw JsonBodies.invalid(e.getMessage());
        }
        String accept = ctx.header("Accept");
        if (accept != null && !result.artifacts().isEmpty()
                && accept.startsWith(format.mediaType().split(";")[0])) {
            ErdArtifact first = result.artifacts().get(0);
            ctx.contentType(first.mediaType()).header("Content-Security-Policy", "default-src 'none'; sandbox")
                    .result(first.content());
            return;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("description", result.description());
        json.put("diagnostics", DdlInput.diagnostics(read));
        json.put("files", result.artifacts().stream().map(ErdController::file).toList());
        ctx.json(json);
    }

    private static ErdOptions options(JsonNode body) {
        ErdOptions options = ErdOptions.defaults();
        var focus = JsonBodies.optionalText(body, "focus");
        if (focus.isPresent()) {
            options = options.withFocus(focus.get(), JsonBodies.optionalInt(body, "depth", 0, ErdOptions.MAX_DEPTH)
                    .orElse(1));
        }
        var columns = JsonBodies.optionalText(body, "columns");
        if (columns.isPresent()) {
            options = options.withColumns(ColumnDetail.fromId(columns.get()).orElseThrow(() ->
                    JsonBodies.invalid("'columns' must be all, keys or none.")));
        }
        return options;
    }

    private static Map<String, Object> file(ErdArtifact a) {
        boolean text = a.format() != ErdFormat.PNG;
        return Map.of("name", a.name(), "mediaType", a.mediaType(), "encoding", text ? "utf-8" : "base64",
                "content", text ? a.text() : Base64.getEncoder().encodeToString(a.content()));
    }
}
