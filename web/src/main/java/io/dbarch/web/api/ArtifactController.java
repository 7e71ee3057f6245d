package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.http.JsonBodies;
import io.dbarch.web.http.ProblemException;
import io.dbarch.web.security.Access;
import io.dbarch.web.security.Principal;
import io.dbarch.web.security.Role;
import io.dbarch.agent.artifact.Artifact;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code GET /api/artifacts/{id}} (the content with its media type) and {@code GET /api/artifacts.zip?ids=…}
 * (several as one zip). Artifacts are served so that nothing in them can run: a sandboxing CSP, nosniff, and
 * a download disposition for everything but images.
 */
final class ArtifactController {

    static final Pattern ID = Pattern.compile("art-[0-9a-z]{1,24}");
    static final int MAX_ZIP_ENTRIES = 100;
    static final String ARTIFACT_CSP = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final io.dbarch.web.storage.JdbcArtifactStore artifacts;
    private final ConversationController conversations;
    private final AuditLog audit;

    ArtifactController(io.dbarch.web.storage.JdbcArtifactStore artifacts, ConversationController conversations,
            AuditLog audit) {
        this.artifacts = requireNonNull(artifacts, "artifacts");
        this.conversations = requireNonNull(conversations, "conversations");
        this.audit = requireNonNull(audit, "audit");
    }

    void get(Context ctx) {
        Principal who = Access.require(ctx, Role.VIEWER);
        Artifact a = readable(who, ctx.pathParam("id"));
        boolean image = a.mediaType().startsWith("image/");
        boolean download = ctx.queryParam("download") != null || !image;
        ctx.header("Content-Security-Policy", ARTIFACT_CSP);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Content-Disposition", (download ? "attachment" : "inline") + "; filename=\""
                + a.name().replace("\"", "") + "\"");
        ctx.contentType(a.mediaType().startsWith("text/") || a.mediaType().startsWith("application/sql")
                ? a.mediaType() + "; charset=utf-8" : a.mediaType());
        ctx.result(a.content());
        audit.record(who.name(), "artifact.export", a.id(), "ok", a.mediaType() + ", " + a.size() + " bytes");
    }

    void zip(Context ctx) {
        Principal who = Access.require(ctx, Role.VIEWER);
        String ids = ctx.queryParam("ids");
        if (ids == null || ids.isBlank()) {
            throw JsonBodies.invalid("Name the artifacts: /api/artifacts.zip?ids=art-…,art-…");
        }
        List<String> wanted = Arrays.stream(ids.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        if (wanted.size() > MAX_ZIP_ENTRIES) {
            throw JsonBodies.invalid("At most " + MAX_ZIP_ENTRIES + " artifacts fit in one zip.");
        }
        String folder = ctx.queryParamAsClass("folder", String.class).getOrDefault("artifacts");
        if (!folder.matches("[A-Za-z0-9._-]{1,40}")) {
            throw JsonBodies.invalid("'folder' must be 1-40 letters, digits, '.', '_' or '-'.");
        }
        var files = new ArrayList<Artifact>();
        for (String id : wanted) {
            files.add(readable(who, id));
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + folder + ".zip\"");
        ctx.contentType("application/zip");
        ctx.result(Zips.of(folder, files));
        audit.record(who.name(), "artifact.export", String.join(",", wanted), "ok", "zip of " + files.size());
    }

    private Artifact readable(Principal who, String id) {
        if (!ID.matcher(id).matches()) {
            throw JsonBodies.invalid("'" + ConversationController.clip(id) + "' is not an artifact id; ids look "
                    + "like art-3k9x….");
        }
        return artifacts.findById(id).filter(a -> {
            try {
                conversations.readable(who, a.conversationId());
                return true;
            } catch (ProblemException e) {
                return false;
            }
        }).orElseThrow(() -> new ProblemException(HttpStatus.NOT_FOUND, "There is no artifact '" + id
                + "' in your conversations."));
    }
}
