package io.dbarch.web.engines;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dbarch.knowledge.design.DesignPackageBuilder;
import io.dbarch.knowledge.design.RequirementsReader;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.erd.ErdRenderer;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.web.escalation.EscalationService;
import io.dbarch.web.http.JsonBodies;
import io.javalin.config.JavalinConfig;

/** The engines called directly: {@code POST /api/lint}, {@code POST /api/erd} and {@code POST /api/design}. */
public final class EngineModule {

    private final ErdController erd;
    private final DesignController design;
    private final LintController lint;
    private final ErdRenderer renderer;

    public EngineModule(EscalationService escalations, ObjectMapper json) {
        this.renderer = new ErdRenderer();
        var bodies = new JsonBodies(json);
        this.erd = new ErdController(new DdlReader(), renderer, bodies);
        this.design = new DesignController(new RequirementsReader(), new DesignPackageBuilder(), escalations);
        this.lint = new LintController(Linter.standard(), bodies);
    }

    /** Loads the diagram renderer off the request path. */
    public void prewarm() {
        Thread t = new Thread(renderer::prewarm, "dbarch-erd-prewarm");
        t.setDaemon(true);
        t.start();
    }

    public void register(JavalinConfig config) {
        config.routes.post("/api/erd", erd::erd);
        config.routes.post("/api/design", design::design);
        config.routes.post("/api/lint", lint::lint);
    }
}
