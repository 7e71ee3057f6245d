package io.dbarch.agent.offline;

import io.dbarch.agent.tools.DesignSectionTools;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sizing question with numbers in it ("200 GB growing 10 GB a month, 5k writes/s at peak: how big a server?"):
 * the numbers become the workload of a minimal requirements document and the capacity planner answers with the
 * three-year projection, IOPS, memory, connections and when sharding would be needed.
 */
final class CapacityRequest {

    private static final Pattern ASKED = Pattern.compile("(?i)\\bhow (?:big|large|much (?:cpu|memory|ram|disk|storage"
            + "|iops))\\b|\\bcapacity\\b|\\bsizing\\b|\\bsize (?:a|the|our|my) (?:server|instance|database|cluster)\\b"
            + "|\\bwhat (?:instance|server|machine)\\b");
    private static final Pattern SIZE = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*(tb|gb)\\b");
    private static final Pattern MONTHLY = Pattern.compile("(?i)\\b(?:grow\\w*|adding|add|\\+)\\s*(?:by\\s+)?(\\d+"
            + "(?:\\.\\d+)?)\\s*(tb|gb)\\s*(?:a|per|each|every|/)\\s*month\\b");
    private static final Pattern PERCENT = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*%\\s*(?:a|per|each|every|/)\\s*"
            + "(year|month)\\b");
    private static final Pattern WRITES = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*(k)?\\s*(?:writes|inserts|"
            + "updates|tps|transactions)\\s*(?:/\\s*s(?:ec)?|per second|a second)\\b");
    private static final Pattern READS = Pattern.compile("(?i)\\b(\\d+(?:\\.\\d+)?)\\s*(k)?\\s*(?:qps|(?:reads|queries|"
            + "selects)\\s*(?:/\\s*s(?:ec)?|per second|a second))\\b");

    private CapacityRequest() {
    }

    /** The requirements YAML with the stated workload, when the text asks for sizing and states a size or a rate. */
    static Optional<String> yaml(String text) {
        String t = text.length() > 2_000 ? text.substring(0, 2_000) : text;
        if (!ASKED.matcher(t).find()) {
            return Optional.empty();
        }
        List<String> workload = new ArrayList<>();
        Optional<Double> gb = first(SIZE, t).map(m -> number(m.group(1)) * (unit(m.group(2)) ? 1000 : 1));
        gb.ifPresent(v -> workload.add("  dataSizeGb: " + Math.round(v)));
        growth(t, gb).ifPresent(p -> workload.add("  growthPercentPerYear: " + Math.round(p)));
        first(WRITES, t).ifPresent(m -> workload.add("  peakWritesPerSecond: " + rate(m)));
        first(READS, t).ifPresent(m -> workload.add("  peakReadsPerSecond: " + rate(m)));
        if (gb.isEmpty() && workload.stream().noneMatch(w -> w.contains("PerSecond"))) {
            return Optional.empty();
        }
        return Optional.of("name: your system\nworkload:\n" + String.join("\n", workload) + "\n");
    }

    static String compose(Intent intent, Conversation c) {
        Optional<String> failed = SectionFiles.failure(c, "the capacity plan");
        if (failed.isPresent()) {
            return failed.get();
        }
        String text = c.result(DesignSectionTools.DESIGN_SECTION).orElseThrow().text();
        int projection = text.indexOf("### Three-year projection");
        String capacity = (projection < 0 ? text : text.substring(projection))
                .replaceAll("### Partitioning\\s+\\| table \\|[^\\n]*\\n\\|[-| ]+\\|\\s*(?=###|$)", "");
        return new Sections()
                .section("Summary", "Sized from what your message states: " + stated(intent.subject().orElse(""))
                        + ". What it does not state comes from the planner's defaults, and peak rates are assumed to "
                        + "grow with the data.")
                .section("Capacity", capacity)
                .section("Trade-offs and alternatives", "Buying year-3 hardware now is simple but pays for idle "
                        + "capacity; sizing for year 1 and scaling up (or adding read replicas) costs a failover per "
                        + "step. Managed storage that grows on its own removes the disk estimate but not the IOPS one.")
                .section("Risks", "The projection is only as good as the growth figure: measure it monthly. A "
                        + "restore of the year-3 data takes proportionally longer, which can break the RTO.")
                .numbered("Next steps", List.of(
                        "Tell me the peak reads and writes per second and the yearly growth if your message did not, "
                                + "or attach requirements with the entities and their row counts for a per-table "
                                + "estimate and partitioning advice.",
                        "Check the IOPS and memory against your platform's instance classes, with headroom for the "
                                + "busiest hour."))
                .build();
    }

    /** The workload read from the message, in words, e.g. "data 200 GB, growth 60 % a year, 5,000 writes/s". */
    private static String stated(String yaml) {
        List<String> parts = new ArrayList<>();
        value(yaml, "dataSizeGb").ifPresent(v -> parts.add("data " + v + " GB"));
        value(yaml, "growthPercentPerYear").ifPresent(v -> parts.add("growth " + v + " % a year"));
        value(yaml, "peakWritesPerSecond").ifPresent(v -> parts.add(v + " writes/s at peak"));
        value(yaml, "peakReadsPerSecond").ifPresent(v -> parts.add(v + " reads/s at peak"));
        return String.join(", ", parts);
    }

    private static Optional<String> value(String yaml, String key) {
        Matcher m = Pattern.compile("(?m)^\\s*" + key + ": (\\d+)$").matcher(yaml);
        return m.find() ? Optional.of(String.format(Locale.ROOT, "%,d", Long.parseLong(m.group(1)))) : Optional.empty();
    }

    private static Optional<Double> growth(String text, Optional<Double> gb) {
        Optional<Matcher> percent = first(PERCENT, text);
        if (percent.isPresent()) {
            double p = number(percent.get().group(1));
            return Optional.of(percent.get().group(2).toLowerCase(Locale.ROOT).equals("month")
                    ? (Math.pow(1 + p / 100, 12) - 1) * 100 : p);
        }
        return first(MONTHLY, text).flatMap(m -> gb.filter(size -> size > 0)
                .map(size -> number(m.group(1)) * (unit(m.group(2)) ? 1000 : 1) * 12 / size * 100))
                .map(p -> Math.min(p, 10_000));
    }

    private static long rate(Matcher m) {
        return Math.round(number(m.group(1)) * (m.group(2) == null ? 1 : 1000));
    }

    private static Optional<Matcher> first(Pattern p, String text) {
        Matcher m = p.matcher(text);
        return m.find() ? Optional.of(m) : Optional.empty();
    }

    private static boolean unit(String tbOrGb) {
        return tbOrGb.equalsIgnoreCase("tb");
    }

    private static double number(String text) {
        return Double.parseDouble(text);
    }
}
