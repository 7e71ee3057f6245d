package io.dbarch.knowledge.design;

import io.dbarch.knowledge.erd.ErdArtifact;
import io.dbarch.knowledge.erd.ErdException;
import io.dbarch.knowledge.erd.ErdOptions;
import io.dbarch.knowledge.erd.ErdRenderer;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.SourceText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Draws the ERD of the designed schema: the first migration read back by the DDL reader, rendered as SVG. */
final class DesignErd {

    private DesignErd() {
    }

    /** Text artifacts (SVG, PlantUML, Mermaid) by file name under {@code erd/}; empty with a note if drawing fails. */
    static Map<String, String> draw(String postgresql) {
        Map<String, String> files = new LinkedHashMap<>();
        try {
            var model = new DdlReader().read(List.of(new SourceText("V1__initial_schema.sql", postgresql)),
                    Optional.of(Dialect.POSTGRESQL)).model();
            for (ErdArtifact a : new ErdRenderer().render(model, ErdOptions.defaults()).artifacts()) {
                if (!a.name().endsWith(".png")) {
                    files.put("erd/" + a.name(), a.text());
                }
            }
        } catch (ErdException e) {
            files.put("erd/README.md", "The ERD could not be drawn: " + e.getMessage() + "\n");
        }
        return files;
    }
}
