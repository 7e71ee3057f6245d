package io.dbarch.knowledge.erd;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.SchemaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Draws entity-relationship diagrams of a {@link SchemaModel} in crow's-foot notation: SVG and PNG rendered
 * in-process by PlantUML (smetana layout, no Graphviz, SANDBOX security profile), plus the PlantUML and Mermaid
 * sources. Relationships come from foreign keys: a nullable key gives zero-or-one at the referenced table, a unique
 * key one-to-one, otherwise many at the referencing table. Schemas above the split threshold become one diagram per
 * subject area plus an overview; a caller that needs only the overview, or one area by name, asks for just that
 * and pays only for what it draws. Every identifier, type and comment is escaped, so schema text cannot act as
 * PlantUML or Mermaid syntax. Bounds: at most 2,000 tables per request, 500 in one picture, 40 columns per entity
 * picture (key columns always shown), PNG at most 8,192 pixels a side (larger ones are refused, never clipped).
 * Thread-safe; construct once and share, and call {@link #prewarm()} at server start.
 */
public final class ErdRenderer {

    private final PlantUmlEngine engine;

    public ErdRenderer() {
        this(new PlantUmlEngine());
    }

    ErdRenderer(PlantUmlEngine engine) {
        this.engine = requireNonNull(engine, "engine");
    }

    /**
     * Renders the diagrams of {@code model} as {@code options} ask: with a split, the overview comes first, then
     * one diagram per subject area (or the overview only, or one named area only); each diagram yields one artifact
     * per requested format.
     *
     * @throws ErdException when the options select no table, name an unknown focus table or subject area, or
     *                      rendering fails; the message says what was wrong and what would work
     */
    public ErdResult render(SchemaModel model, ErdOptions options) {
        requireNonNull(model, "model");
        requireNonNull(options, "options");
        ErdGraph whole = ErdGraphBuilder.build(model);
        ErdGraph selected = whole.restrictedTo(TableSelector.select(whole, options));
        boolean split = DiagramPlanner.shouldSplit(selected, options);
        if (!split && options.area().isPresent()) {
            throw AreaLookup.notSplit(selected, options);
        }
        List<Area> areas = split ? DiagramPlanner.areas(selected, options) : List.of();
        Optional<Integer> picked = options.area().map(a -> AreaLookup.indexOf(areas, a));
        var artifacts = new ArrayList<ErdArtifact>();
        var diagrams = new ArrayList<ErdDiagram>();
        if (split && picked.isEmpty()) {
            emit("erd-overview", OverviewWriter.write(selected, areas, options),
                    () -> MermaidWriter.overview(selected, areas, options), options, artifacts);
            diagrams.add(new ErdDiagram("erd-overview", "overview", ErdDiagram.Kind.OVERVIEW, List.of(),
                    OverviewWriter.links(selected, Area.indexOf(areas)).size()));
        }
        for (DiagramPlan plan : DiagramPlanner.drawn(selected, areas, picked, options)) {
            emit(plan.name(), EntityDiagramWriter.write(selected, plan, options),
                    () -> MermaidWriter.write(selected, plan, options), options, artifacts);
            diagrams.add(new ErdDiagram(plan.name(), plan.title().orElse(""), ErdDiagram.Kind.ENTITIES,
                    plan.tables(), EntityDiagramWriter.countLines(selected, plan)));
        }
        return new ErdResult(artifacts, diagrams, areas.stream().map(Area::name).toList(),
                ErdDescriber.describe(whole, selected, new ErdDescriber.Drawn(areas, picked, diagrams), options));
    }

    /** Loads PlantUML and renders a tiny diagram, so that the first real request does not pay for class loading. */
    public void prewarm() {
        engine.prewarm();
    }

    private void emit(String name, String plantUml, Supplier<String> mermaid, ErdOptions options,
            List<ErdArtifact> artifacts) {
        for (ErdFormat format : ErdFormat.values()) {
            if (options.formats().contains(format)) {
                String file = name + "." + format.extension();
                artifacts.add(switch (format) {
                    case SVG, PNG -> new ErdArtifact(file, format, engine.render(plantUml, format));
                    case PLANTUML -> ErdArtifact.text(file, format, plantUml);
                    case MERMAID -> ErdArtifact.text(file, format, mermaid.get());
                });
            }
        }
    }
}
