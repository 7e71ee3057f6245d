import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dbarch.knowledge.lint.LintConfig;
import io.dbarch.knowledge.lint.LintMode;
import io.dbarch.knowledge.lint.LintReport;
import io.dbarch.knowledge.lint.LintRequest;
import io.dbarch.knowledge.lint.LintUnit;
import io.dbarch.knowledge.lint.Linter;
import io.dbarch.knowledge.schema.Dialect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Runs squawk 2.66.0 and dbarch over the PostgreSQL migration sets and schemas of the shared corpus, prints per
 * squawk rule squawk's finding count beside dbarch's for the mapped rule, then the throughput of both on the same
 * files. Run with bench/lint/compare.sh.
 */
public class LintBench {

    /** squawk rule → dbarch rule id ("-" when dbarch has no such rule). */
    static final Map<String, String> MAPPING = new LinkedHashMap<>();

    static {
        for (String same : List.of("prefer-robust-stmts", "prefer-bigint-over-int", "require-concurrent-index-creation",
                "ban-drop-table", "require-lock-timeout", "require-statement-timeout", "constraint-missing-not-valid",
                "ban-drop-column", "require-concurrent-index-deletion", "renaming-column", "changing-column-type",
                "prefer-text-field", "adding-serial-primary-key-field", "adding-foreign-key-constraint",
                "prefer-identity", "adding-not-nullable-field", "prefer-bigint-over-smallint",
                "disallowed-unique-constraint", "transaction-nesting", "ban-drop-not-null", "adding-field-with-default",
                "ban-char-field", "renaming-table", "require-concurrent-reindex", "ban-create-domain-with-constraint",
                "require-concurrent-partition-detach", "require-enum-value-ordering",
                "ban-alter-domain-with-add-constraint", "adding-required-field", "identifier-too-long",
                "ban-drop-database", "ban-truncate-cascade", "ban-concurrent-index-creation-in-transaction",
                "ban-uncommitted-transaction")) {
            MAPPING.put(same, same);
        }
        MAPPING.put("prefer-timestamp-tz", "prefer-timestamptz");
        MAPPING.put("syntax-error", "(unreadable statements)");
        MAPPING.put("ban-duplicate-column-assignments", "-");
        MAPPING.put("require-table-schema", "-");
        MAPPING.put("prefer-repack", "-");
    }

    record Set(String name, LintMode mode, List<Path> files) {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("--cold")) {
            LintReport once = Linter.standard().lint(request(List.of(Path.of(args[1])), LintMode.SCHEMA));
            System.out.println(once.findings().size() + " findings");
            return;
        }
        Path corpus = Path.of(args[0]);
        String squawk = args[1];
        List<Set> sets = sets(corpus);
        Linter linter = Linter.standard();
        Map<String, Map<String, Integer>> squawkCounts = new LinkedHashMap<>();
        Map<String, Map<String, Integer>> ourCounts = new LinkedHashMap<>();
        for (Set set : sets) {
            squawkCounts.put(set.name(), squawkCounts(squawk, set.files()));
            LintReport report = lint(linter, set);
            Map<String, Integer> ours = new TreeMap<>(report.countsByRule());
            ours.put("(unreadable statements)", report.diagnostics().size());
            ourCounts.put(set.name(), ours);
        }
        printComparison(sets, squawkCounts, ourCounts);
        printOurOnly(sets, ourCounts);
        throughput(corpus, squawk, linter);
    }

    static List<Set> sets(Path corpus) throws Exception {
        Path m = corpus.resolve("migrations");
        List<Set> sets = new ArrayList<>();
        sets.add(new Set("synapse", LintMode.MIGRATION, files(m.resolve("synapse"), p -> (p.endsWith(".sql")
                || p.endsWith(".sql.postgres")), false)));
        sets.add(new Set("lemmy up", LintMode.MIGRATION, files(m.resolve("lemmy"), p -> p.endsWith("/up.sql"), false)));
        sets.add(new Set("lemmy down", LintMode.MIGRATION, files(m.resolve("lemmy"), p -> p.endsWith("/down.sql"), true)));
        sets.add(new Set("supa-auth", LintMode.MIGRATION, files(m.resolve("supabase-auth/rendered-namespace-auth"),
                p -> p.endsWith(".sql"), false)));
        sets.add(new Set("kratos pg", LintMode.MIGRATION, files(m.resolve("ory-kratos/postgres"), p -> p.endsWith(".sql"),
                false)));
        List<Path> kestra = new ArrayList<>(files(m.resolve("kestra/postgres"), p -> p.endsWith(".sql"), false));
        kestra.sort(Comparator.comparing(p -> p.getFileName().toString(), LintBench::flywayOrder));
        sets.add(new Set("kestra pg", LintMode.MIGRATION, kestra));
        sets.add(new Set("8 PG schemas", LintMode.SCHEMA, schemas(corpus)));
        sets.add(new Set("pg regress", LintMode.SCHEMA, files(corpus.resolve("squawk-cases/pg-regression-suite"),
                p -> p.endsWith(".sql"), false)));
        return sets;
    }

    static List<Path> schemas(Path corpus) {
        return Stream.of("pagila-schema.sql", "chinook-postgresql.sql", "northwind-psql.sql",
                "adventureworks-postgres-install.sql", "gisia-gitlab-derived-structure.sql",
                "gisia-gitlab-derived-ci_structure.sql", "synapse-main-full-v72.postgres.sql",
                "world-postgres-schema-only.sql").map(n -> corpus.resolve("schemas").resolve(n)).toList();
    }

    static int flywayOrder(String a, String b) {
        int[] x = Arrays.stream(a.replaceFirst("^V", "").replaceFirst("__.*", "").split("[._]"))
                .mapToInt(Integer::parseInt).toArray();
        int[] y = Arrays.stream(b.replaceFirst("^V", "").replaceFirst("__.*", "").split("[._]"))
                .mapToInt(Integer::parseInt).toArray();
        return Arrays.compare(x, y);
    }

    static List<Path> files(Path dir, java.util.function.Predicate<String> keep, boolean reverse) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile).filter(p -> keep.test(p.toString()))
                    .sorted().toList());
            if (reverse) {
                java.util.Collections.reverse(files);
            }
            return files;
        }
    }

    /** Schema sets: each file is its own schema. Migration sets: the files in order, one request. */
    static LintReport lint(Linter linter, Set set) throws Exception {
        if (set.mode() == LintMode.SCHEMA) {
            LintReport merged = null;
            List<io.dbarch.knowledge.lint.Finding> findings = new ArrayList<>();
            List<io.dbarch.knowledge.sql.Diagnostic> diagnostics = new ArrayList<>();
            for (Path f : set.files()) {
                merged = linter.lint(request(List.of(f), LintMode.SCHEMA));
                findings.addAll(merged.findings());
                diagnostics.addAll(merged.diagnostics());
            }
            return new LintReport(LintMode.SCHEMA, Dialect.POSTGRESQL, List.of(), findings, diagnostics, List.of());
        }
        return linter.lint(request(set.files(), set.mode()));
    }

    static LintRequest request(List<Path> files, LintMode mode) throws Exception {
        List<LintUnit> units = new ArrayList<>();
        for (Path f : files) {
            units.add(LintUnit.of(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return new LintRequest(units, Optional.of(Dialect.POSTGRESQL), mode, LintConfig.defaults());
    }

    static Map<String, Integer> squawkCounts(String squawk, List<Path> files) throws Exception {
        List<String> command = new ArrayList<>(List.of(squawk, "--reporter", "json"));
        files.forEach(f -> command.add(f.toString()));
        Path out = Files.createTempFile("squawk", ".json");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        p.waitFor();
        Map<String, Integer> counts = new TreeMap<>();
        JsonNode root = new ObjectMapper().readTree(out.toFile());
        root.forEach(v -> counts.merge(v.path("rule_name").asText(), 1, Integer::sum));
        Files.delete(out);
        return counts;
    }

    static void printComparison(List<Set> sets, Map<String, Map<String, Integer>> sq, Map<String, Map<String, Integer>> us) {
        StringBuilder head = new StringBuilder("| squawk rule | dbarch rule |");
        StringBuilder line = new StringBuilder("|---|---|");
        for (Set s : sets) {
            head.append(' ').append(s.name()).append(" (squawk / dbarch) |");
            line.append("---|");
        }
        System.out.println(head);
        System.out.println(line);
        java.util.Set<String> rules = new TreeSet<>(MAPPING.keySet());
        sq.values().forEach(m -> rules.addAll(m.keySet()));
        for (String rule : rules) {
            String ours = MAPPING.getOrDefault(rule, "-");
            StringBuilder row = new StringBuilder("| " + rule + " | " + ours + " |");
            for (Set s : sets) {
                int theirs = sq.get(s.name()).getOrDefault(rule, 0);
                int mine = ours.equals("-") ? 0 : us.get(s.name()).getOrDefault(ours, 0);
                row.append(' ').append(theirs).append(" / ").append(ours.equals("-") ? "–" : mine).append(" |");
            }
            System.out.println(row);
        }
        System.out.println();
    }

    static void printOurOnly(List<Set> sets, Map<String, Map<String, Integer>> us) {
        System.out.println("dbarch rules with no squawk counterpart (findings per set):");
        java.util.Set<String> ids = new TreeSet<>();
        us.values().forEach(m -> ids.addAll(m.keySet()));
        ids.removeAll(MAPPING.values());
        for (String id : ids) {
            StringBuilder row = new StringBuilder("| " + id + " |");
            for (Set s : sets) {
                row.append(' ').append(us.get(s.name()).getOrDefault(id, 0)).append(" |");
            }
            System.out.println(row);
        }
        System.out.println();
    }

    static void throughput(Path corpus, String squawk, Linter linter) throws Exception {
        System.out.println("| input | MB | squawk process ms (median of 5) | dbarch in-process warm ms (median of 10) | ratio |");
        System.out.println("|---|---|---|---|---|");
        List<Path> schemas = schemas(corpus);
        List<Path> regress = files(corpus.resolve("squawk-cases/pg-regression-suite"), p -> p.endsWith(".sql"), false);
        for (var input : List.of(Map.entry("8 PG schemas", schemas), Map.entry("pg-regression-suite", regress))) {
            List<Path> files = input.getValue();
            double mb = 0;
            for (Path f : files) {
                mb += Files.size(f) / 1e6;
            }
            double[] theirs = new double[5];
            List<String> command = new ArrayList<>(List.of(squawk, "--reporter", "json"));
            files.forEach(f -> command.add(f.toString()));
            for (int i = 0; i < theirs.length; i++) {
                long t0 = System.nanoTime();
                new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start().waitFor();
                theirs[i] = (System.nanoTime() - t0) / 1e6;
            }
            List<LintRequest> requests = new ArrayList<>();
            for (Path f : files) {
                requests.add(request(List.of(f), LintMode.SCHEMA));
            }
            for (int i = 0; i < 3; i++) {
                requests.forEach(linter::lint);
            }
            double[] ours = new double[10];
            for (int i = 0; i < ours.length; i++) {
                long t0 = System.nanoTime();
                requests.forEach(linter::lint);
                ours[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(theirs);
            Arrays.sort(ours);
            double s = theirs[theirs.length / 2];
            double d = ours[ours.length / 2];
            System.out.printf("| %s (%d files) | %.2f | %.0f | %.0f | %.2f |%n", input.getKey(), files.size(), mb, s, d,
                    d / s);
        }
        System.out.println("squawk: wall time of one native process over all files (start-up included, output"
                + " discarded); dbarch: in-process, warm, reading + linting each file as a schema.");
    }
}
