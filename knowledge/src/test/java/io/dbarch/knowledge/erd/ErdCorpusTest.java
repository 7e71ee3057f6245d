package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SchemaModel;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Every PostgreSQL corpus schema: all tables drawn exactly once, every foreign key drawn, SVG matching source. */
class ErdCorpusTest {

    private static final ErdRenderer RENDERER = new ErdRenderer();
    private static final Pattern ENTITY = Pattern.compile("^entity \"([^\"]*)\" as ([tx]\\d+)", Pattern.MULTILINE);
    private static final Pattern LINE = Pattern.compile(
            "^([tx]\\d+) (?:\\|\\||\\|o)-{2,4}(?:o\\{|o\\|) ([tx]\\d+)", Pattern.MULTILINE);
    private static final Pattern AREA_LINK = Pattern.compile("^a(\\d+) --> a(\\d+) : ", Pattern.MULTILINE);
    private static final List<String> SCHEMAS = CorpusSchemas.POSTGRES;

    @ParameterizedTest
    @FieldSource("SCHEMAS")
    void should_draw_every_table_once_and_every_relationship_when_rendering_corpus_schema(String file) {
        // given
        SchemaModel model = CorpusSchemas.read(file);
        ErdOptions options = ErdOptions.defaults().withFormats(EnumSet.of(ErdFormat.SVG, ErdFormat.PLANTUML));

        // when
        ErdResult result = RENDERER.render(model, options);

        // then: the entity diagrams together cover every table exactly once, each within the bound
        List<QualifiedName> covered = new ArrayList<>();
        Set<List<QualifiedName>> drawnLinks = new HashSet<>();
        Map<QualifiedName, Integer> areaOf = new HashMap<>();
        for (ErdDiagram diagram : result.diagrams()) {
            if (diagram.kind() == ErdDiagram.Kind.OVERVIEW) {
                continue;
            }
            covered.addAll(diagram.tables());
            int area = result.split() ? areaNumber(diagram) : 1;
            diagram.tables().forEach(t -> areaOf.put(t, area));
            if (result.split()) {
                assertThat(diagram.tables()).hasSizeLessThanOrEqualTo(options.maxTablesPerDiagram());
            }
            drawnLinks.addAll(checkDiagram(result, diagram));
        }
        assertThat(covered).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(CorpusSchemas.expectedTables(model));
        // every foreign key is a line in an area diagram, or (across areas) an arrow of the overview
        Set<List<Integer>> areaLinks = overviewLinks(result);
        for (List<QualifiedName> link : CorpusSchemas.expectedLinks(model)) {
            boolean drawn = drawnLinks.contains(link) || areaLinks.contains(
                    List.of(areaOf.get(link.get(1)), areaOf.get(link.get(0))));
            assertThat(drawn).as("%s: relationship %s -> %s drawn", file, link.get(1), link.get(0)).isTrue();
        }
        assertThat(result.split()).isEqualTo(covered.size() > options.splitThreshold());
    }

    /** Checks one diagram's source against its SVG; returns the (parent, child) pairs it draws. */
    private static Set<List<QualifiedName>> checkDiagram(ErdResult result, ErdDiagram diagram) {
        String source = result.artifact(diagram.name() + ".puml").orElseThrow().text();
        String svg = result.artifact(diagram.name() + ".svg").orElseThrow().text();
        Map<String, String> aliasToName = new HashMap<>();
        Matcher entity = ENTITY.matcher(source);
        while (entity.find()) {
            aliasToName.put(entity.group(2), entity.group(1).replaceAll("\\\\n.*", "").replace("<U+00A0>", ""));
        }
        Map<String, QualifiedName> aliasToTable = new HashMap<>();
        for (QualifiedName table : diagram.tables()) {
            String alias = aliasToName.entrySet().stream()
                    .filter(e -> e.getValue().equals(PlantUmlText.escape(table.name(), 120))
                            || e.getValue().equals(PlantUmlText.escape(table.toString(), 120)))
                    .map(Map.Entry::getKey).findFirst().orElseThrow(() -> new AssertionError(
                            diagram.name() + " has no entity for " + table));
            aliasToTable.put(alias, table);
            assertThat(svg).as("SVG of %s names %s", diagram.name(), table)
                    .containsAnyOf(">" + table.name() + "<", ">" + table + "<");
            assertThat(svg).contains("id=\"entity_" + alias + "\"");
        }
        aliasToName.forEach((alias, name) -> aliasToTable.computeIfAbsent(alias, a -> SchemaFixture.qualified(name)));
        var links = new HashSet<List<QualifiedName>>();
        Matcher line = LINE.matcher(source);
        int lines = 0;
        while (line.find()) {
            lines++;
            assertThat(svg).as("SVG of %s draws %s-%s", diagram.name(), line.group(1), line.group(2))
                    .contains("id=\"link_" + line.group(1) + "_" + line.group(2) + "\"");
            links.add(List.of(aliasToTable.get(line.group(1)), aliasToTable.get(line.group(2))));
        }
        assertThat(lines).isEqualTo(diagram.relationships());
        return links;
    }

    private static int areaNumber(ErdDiagram diagram) {
        return Integer.parseInt(diagram.name().replaceAll("^erd-(\\d+)-.*", "$1"));
    }

    private static Set<List<Integer>> overviewLinks(ErdResult result) {
        var links = new HashSet<List<Integer>>();
        result.artifact("erd-overview.puml").ifPresent(overview -> {
            Matcher m = AREA_LINK.matcher(overview.text());
            while (m.find()) {
                links.add(List.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            }
        });
        return links;
    }
}
