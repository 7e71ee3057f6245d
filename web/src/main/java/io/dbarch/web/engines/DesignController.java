package io.dbarch.web.engines;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.DesignPackage;
import io.dbarch.knowledge.design.DesignPackageBuilder;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.RequirementsReadResult;
import io.dbarch.knowledge.design.RequirementsReader;
import io.dbarch.web.escalation.EscalationRecord;
import io.dbarch.web.escalation.EscalationService;
import io.dbarch.web.http.JsonBodies;
import io.dbarch.web.http.ProblemException;
import io.dbarch.web.security.Access;
import io.dbarch.web.security.Principal;
import io.dbarch.web.security.Role;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code POST /api/design} with a requirements document (YAML or JSON) as the body: the design package (design.md,
 * Flyway migration, runbooks, ERD, …) and the escalations the requirements raise, which are stored and delivered
 * like the agent's. {@code Accept: application/zip} answers with the package as a zip.
 */
final class DesignController {

    private final RequirementsReader reader;
    private final DesignPackageBuilder builder;
    private final EscalationService escalations;

    DesignController(RequirementsReader reader, DesignPackageBuilder builder, EscalationService escalations) {
        this.reader = requireNonNull(reader, "reader");
        this.builder = requireNonNull(builder, "builder");
        this.escalations = requireNonNull(escalations, "escalations");
    }

    void design(Context ctx) {
        Principal who = Access.require(ctx, Role.ARCHITECT);
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        if (!type.matches("(application/(x-)?yaml|text/yaml|application/json)\\b.*")) {
            // a browser form on another site cannot send these types without a CORS preflight, which fails
            throw new ProblemException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the requirements with "
                    + "'Content-Type: application/yaml' (or application/json).");
        }
        String text = new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8);
        if (text.isBlank()) {
            throw JsonBodies.invalid("Send a requirements document (YAML or JSON) as the body, e.g. "
                    + "'name: Orders' with domain, workload, slas, compliance and platform sections.");
        }
        RequirementsReadResult read = reader.read(text);
        Requirements requirements = read.requirements().orElseThrow(() -> JsonBodies.invalid(
                "The requirements are not valid: " + read.errors().stream().limit(10).map(Object::toString)
                        .collect(Collectors.joining("; ")) + (read.errors().size() > 10 ? "; …" : "")));
        DesignPackage pkg = builder.build(requirements);
        List<EscalationRecord> raised = escalations.raise(pkg.escalations().stream()
                .map(e -> DesignEscalations.draft(e, Optional.empty(), who.name())).toList());
        String accept = ctx.header("Accept");
        if (accept != null && accept.contains("application/zip")) {
            String name = requirements.name().replaceAll("[^A-Za-z0-9._-]+", "-");
            ctx.header("Content-Disposition", "attachment; filename=\"" + name + "-design.zip\"")
                    .contentType("application/zip").result(pkg.toZip());
            return;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", requirements.name());
        json.put("files", pkg.files());
        json.put("escalations", raised.stream().map(e -> Map.of("id", e.id(), "severity", e.severity(),
                "title", e.title(), "decider", e.decider())).toList());
        ctx.json(json);
    }
}
