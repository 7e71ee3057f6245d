package io.dbarch.knowledge.erd;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What to draw and how. Start from {@link #defaults()} and change fields with the {@code with…} methods.
 *
 * @param include             glob patterns ({@code *}, {@code ?}) on {@code table} or {@code schema.table}, any case;
 *                            empty means every table
 * @param exclude             glob patterns of tables to leave out (applied after {@code include})
 * @param focus               draw only this table and the tables within {@code depth} relationships of it
 * @param depth               hops from the focus table, 0 to {@value #MAX_DEPTH}
 * @param groupBySchema       draw a frame around the tables of each schema
 * @param legend              add a legend explaining the markers and line ends
 * @param splitThreshold      with {@link SplitMode#AUTO}, split when more tables than this are selected
 * @param maxTablesPerDiagram the most tables one subject-area diagram may draw in full
 * @param areaDiagrams        with a split, draw every area's diagram besides the overview; {@code false} draws the
 *                            overview only and lists the areas, so that one can be drawn on request with {@code area}
 * @param area                with a split, draw only this subject area (its name as listed, or its number from 1)
 *                            instead of the overview
 * @param formats             the artifacts to produce for every diagram
 */
public record ErdOptions(
        List<String> include,
        List<String> exclude,
        Optional<String> focus,
        int depth,
        ColumnDetail columns,
        boolean groupBySchema,
        Optional<String> title,
        boolean legend,
        SplitMode split,
        int splitThreshold,
        int maxTablesPerDiagram,
        boolean areaDiagrams,
        Optional<String> area,
        Set<ErdFormat> formats) {

    public static final int MAX_DEPTH = 10;
    public static final int MAX_PATTERNS = 100;
    public static final int MAX_TEXT = 200;

    public ErdOptions {
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        requireNonNull(focus, "focus");
        requireNonNull(columns, "columns");
        requireNonNull(title, "title");
        requireNonNull(split, "split");
        requireNonNull(area, "area");
        formats = Set.copyOf(formats);
        check(include.size() + exclude.size() <= MAX_PATTERNS, "at most " + MAX_PATTERNS + " table patterns");
        for (String p : concat(include, exclude)) {
            check(!p.isBlank() && p.length() <= MAX_TEXT, "a table pattern must be 1 to " + MAX_TEXT
                    + " characters, e.g. 'sales.*' or 'ci_*'; got '" + abbreviate(p) + "'");
        }
        focus.ifPresent(f -> check(!f.isBlank() && f.length() <= MAX_TEXT, "the focus table name must be 1 to "
                + MAX_TEXT + " characters, e.g. 'orders' or 'sales.orders'"));
        check(depth >= 0 && depth <= MAX_DEPTH, "depth must be 0 to " + MAX_DEPTH + "; got " + depth);
        title.ifPresent(t -> check(t.length() <= MAX_TEXT, "the title must be at most " + MAX_TEXT + " characters"));
        check(splitThreshold >= 1, "the split threshold must be at least 1; got " + splitThreshold);
        check(maxTablesPerDiagram >= 2 && maxTablesPerDiagram <= 200,
                "tables per diagram must be 2 to 200; got " + maxTablesPerDiagram);
        area.ifPresent(a -> check(!a.isBlank() && a.length() <= MAX_TEXT, "the area must be 1 to " + MAX_TEXT
                + " characters: its name as listed, e.g. 'billing', or its number, e.g. '3'"));
        check(!formats.isEmpty(), "choose at least one format: svg, png, puml or mmd");
    }

    /**
     * Every table, all columns, a legend, split above 40 tables into areas of at most 25 (overview and every area
     * drawn), SVG + sources.
     */
    public static ErdOptions defaults() {
        return new ErdOptions(List.of(), List.of(), Optional.empty(), 1, ColumnDetail.ALL, false,
                Optional.empty(), true, SplitMode.AUTO, 40, 25, true, Optional.empty(),
                EnumSet.of(ErdFormat.SVG, ErdFormat.PLANTUML, ErdFormat.MERMAID));
    }

    public ErdOptions withInclude(List<String> patterns) {
        return new ErdOptions(patterns, exclude, focus, depth, columns, groupBySchema, title, legend, split,
                splitThreshold, maxTablesPerDiagram, areaDiagrams, area, formats);
    }

    public ErdOptions withExclude(List<String> patterns) {
        return new ErdOptions(include, patterns, focus, depth, columns, groupBySchema, title, legend, split,
                splitThreshold, maxTablesPerDiagram, areaDiagrams, area, formats);
    }

    /** Focus on {@code table} ({@code orders} or {@code sales.orders}) and the tables {@code hops} away. */
    public ErdOptions withFocus(String table, int hops) {
        return new ErdOptions(include, exclude, Optional.of(table), hops, columns, groupBySchema, title, legend,
                split, splitThreshold, maxTablesPerDiagram, areaDiagrams, area, formats);
    }

    public ErdOptions withColumns(ColumnDetail detail) {
        return new ErdOptions(include, exclude, focus, depth, detail, groupBySchema, title, legend, split,
                splitThreshold, maxTablesPerDiagram, areaDiagrams, area, formats);
    }

    public ErdOptions withGroupBySchema(boolean group) {
        return new ErdOptions(include, exclude, focus, depth, columns, group, title, legend, split,
                splitThreshold, maxTablesPerDiagram, areaDiagrams, area, formats);
    }

    public ErdOptions withTitle(String text) {
        return new ErdOptions(include, exclude, focus, depth, columns, groupBySchema, Optional.of(text), legend,
                split, splitThreshold, maxTablesPerDiagram, areaDiagrams, area, formats);
    }

    public ErdOptions withLegend(boolean show) {
        return new ErdOptions(include, exclude, focus, depth, columns, groupBySchema, title, show, split,
                splitThreshold, maxTablesPerDiagram, areaDiagrams, area, formats);
    }

    /** How to split: the mode, the table count above which AUTO splits, and the most tables per area diagram. */
    public ErdOptions withSplit(SplitMode mode, int threshold, int maxTables) {
        return new ErdOptions(include, exclude, focus, depth, columns, groupBySchema, title, legend, mode,
                threshold, maxTables, areaDiagrams, area, formats);
    }

    /** With a split: {@code true} draws the overview and every area, {@code false} the overview only. */
    public ErdOptions withAreaDiagrams(boolean draw) {
        return new ErdOptions(include, exclude, focus, depth, columns, groupBySchema, title, legend, split,
                splitThreshold, maxTablesPerDiagram, draw, area, formats);
    }

    /** Draw only the subject area {@code nameOrNumber} of a split schema, e.g. {@code billing} or {@code 3}. */
    public ErdOptions withArea(String nameOrNumber) {
        return new ErdOptions(include, exclude, focus, depth, columns, groupBySchema, title, legend, split,
                splitThreshold, maxTablesPerDiagram, areaDiagrams, Optional.of(nameOrNumber), formats);
    }

    public ErdOptions withFormats(Set<ErdFormat> wanted) {
        return new ErdOptions(include, exclude, focus, depth, columns, groupBySchema, title, legend, split,
                splitThreshold, maxTablesPerDiagram, areaDiagrams, area, wanted);
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new ErdException("Invalid ERD option: " + message + ".");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }
}
