package io.dbarch.knowledge.erd;

import java.util.Optional;

/** The fixed parts of every generated PlantUML source: start, layout pragma, look, title, legend, end. */
final class PlantUmlStyle {

    static final String EXTERNAL_STYLE = "#F5F5F5;line.dashed;text:777777";

    private static final String HEADER = """
            @startuml
            !pragma layout smetana
            hide circle
            hide empty members
            skinparam shadowing false
            skinparam roundCorner 4
            skinparam linetype ortho
            skinparam nodesep 40
            skinparam ranksep 50
            skinparam class {
              BackgroundColor #FFFFFF
              BorderColor #4A6785
              HeaderBackgroundColor #DCE6F0
              ArrowColor #4A6785
              FontSize 12
              AttributeFontSize 11
              StereotypeFontSize 10
            }
            skinparam ArrowFontSize 10
            skinparam ArrowFontColor #555555
            skinparam package {
              BorderColor #9A9A9A
              FontColor #555555
              FontSize 12
            }
            skinparam legend {
              BackgroundColor #FAFAFA
              BorderColor #CCCCCC
              FontSize 10
            }
            skinparam TitleFontSize 14
            """;

    private static final String ENTITY_LEGEND = """
            legend right
            <b>Notation</b>
            ● NOT NULL    PK primary key    FK foreign key    UQ unique (UQ1, UQ2: composite)
            Line ends at a table: bar = exactly one, circle = zero, crow's foot = many
            """;

    private static final String EXTERNAL_LEGEND = "Dashed grey boxes: tables drawn in another area diagram\n";

    private static final String OVERVIEW_LEGEND = """
            legend right
            <b>Overview</b>
            Each box is a subject area with its table count and main tables.
            An arrow points from the area holding foreign keys to the area they reference;
            its label counts the foreign keys.
            endlegend
            """;

    private PlantUmlStyle() {
    }

    /** The header, with the title (escaped here) when there is one. */
    static String header(Optional<String> title) {
        return HEADER + title.map(t -> "title " + PlantUmlText.escape(t, ErdOptions.MAX_TEXT) + "\n").orElse("");
    }

    static String entityLegend(boolean withExternal) {
        return ENTITY_LEGEND + (withExternal ? EXTERNAL_LEGEND : "") + "endlegend\n";
    }

    static String overviewLegend() {
        return OVERVIEW_LEGEND;
    }

    static String footer() {
        return "@enduml\n";
    }
}
