package io.dbarch.web.engines;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.knowledge.lint.LintConfig;
import io.dbarch.knowledge.lint.LintConfigException;
import io.dbarch.knowledge.lint.LintConfigLoader;
import io.dbarch.knowledge.lint.LintMode;
import io.dbarch.knowledge.lint.LintReport;
import io.dbarch.knowledge.lint.LintRequest;
import io.dbarch.knowledge.lint.LintRule;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.web.http.JsonBodies;
import io.dbarch.web.security.Access;
import io.dbarch.web.security.Role;
import io.javalin.http.Context;
import java.util.Locale;

/**
 * {@code POST /api/lint} {@code {"ddl": "…", "name": "V2__add_index.sql", "mode": "schema|migration",
 * "dialect": "postgresql|mysql", "config": "rules: {…}"}}: the lint report as JSON, or SARIF 2.1.0 when
 * {@code Accept: application/sarif+json}.
 */
final class LintController {

    private final Linter linter;
    private final LintConfigLoader configs;
    private final JsonBodies bodies;

    LintController(Linter linter, JsonBodies bodies) {
        this.linter = requireNonNull(linter, "linter");
        this.configs = new LintConfigLoader(linter.rules().stream().map(LintRule::id).toList());
        this.bodies = requireNonNull(bodies, "bodies");
    }

    void lint(Context ctx) {
        Access.require(ctx, Role.ARCHITECT);
        JsonNode body = bodies.object(ctx, "{\"ddl\": \"CREATE TABLE …\", \"mode\": \"schema\"}");
        String ddl = JsonBodies.text(body, "ddl");
        String name = JsonBodies.optionalText(body, "name").map(n -> n.replaceAll("[^A-Za-z0-9._-]", "_"))
                .filter(n -> !n.isBlank() && n.length() <= 120).orElse("input.sql");
        LintRequest request = LintRequest.of(name, ddl);
        var mode = JsonBodies.optionalText(body, "mode");
        if (mode.isPresent()) {
            request = request.withMode(LintMode.fromId(mode.get().toLowerCase(Locale.ROOT)).orElseThrow(() ->
                    JsonBodies.invalid("'mode' must be schema or migration.")));
        }
        var dialect = JsonBodies.optionalText(body, "dialect");
        if (dialect.isPresent()) {
            request = request.withDialect(Dialect.fromId(dialect.get()).orElseThrow(() ->
                    JsonBodies.invalid("'dialect' must be postgresql or mysql.")));
        }
        var config = JsonBodies.optionalText(body, "config");
        if (config.isPresent()) {
            try {
                LintConfig parsed = configs.parse(config.get(), "config");
                request = request.withConfig(parsed);
            } catch (LintConfigException e) {
                throw JsonBodies.invalid(e.getMessage());
            }
        }
        LintReport report = linter.lint(request);
        String accept = ctx.header("Accept");
        boolean sarif = accept != null && accept.contains("application/sarif+json");
        ctx.contentType(sarif ? "application/sarif+json" : "application/json")
                .result(sarif ? report.toSarif() : report.toJson());
    }
}
