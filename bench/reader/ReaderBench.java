import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads each corpus set in-process, warm, and prints time, statements/s and MB/s beside squawk 2.66.0's wall time
 * for the same files (from shared/corpus/BASELINE.md: one native squawk process per set, start-up included).
 * Run from the repository root after `mvn -q -DskipTests package`:
 *   java -cp knowledge/target/classes bench/reader/ReaderBench.java [../shared/corpus]
 */
public class ReaderBench {

    record Set(String name, String path, String glob, double squawkMs) {
    }

    static final List<Set> SETS = List.of(
            new Set("pagila-schema.sql", "schemas/pagila-schema.sql", "", 32.0),
            new Set("gisia-gitlab-derived-structure.sql", "schemas/gisia-gitlab-derived-structure.sql", "", 55.6),
            new Set("synapse-main-full-v72.postgres.sql", "schemas/synapse-main-full-v72.postgres.sql", "", 30.0),
            new Set("northwind-psql.sql", "schemas/northwind-psql.sql", "", 95.3),
            new Set("adventureworks-postgres-install.sql", "schemas/adventureworks-postgres-install.sql", "", 40.1),
            new Set("chinook-postgresql.sql", "schemas/chinook-postgresql.sql", "", 135.0),
            new Set("migrations/synapse (.sql, .sql.postgres)", "migrations/synapse", "synapse", 49.6),
            new Set("migrations/lemmy up.sql", "migrations/lemmy", "up.sql", 145.5),
            new Set("migrations/ory-kratos/postgres", "migrations/ory-kratos/postgres", "", 85.9),
            new Set("migrations/kestra/postgres", "migrations/kestra/postgres", "", 24.3),
            new Set("squawk-cases/pg-regression-suite", "squawk-cases/pg-regression-suite", "", 705.8));

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        DdlReader reader = new DdlReader();
        System.out.printf("%-42s %6s %9s %9s %10s %8s %10s %7s%n", "set", "files", "MB", "stmts", "dbarch ms",
                "MB/s", "stmts/s", "squawk");
        for (Set set : SETS) {
            List<SourceText> sources = load(corpus.resolve(set.path()), set.glob());
            double mb = sources.stream().mapToLong(s -> s.text().getBytes(StandardCharsets.UTF_8).length).sum() / 1e6;
            int statements = 0;
            for (int i = 0; i < 5; i++) {
                statements = readAll(reader, sources);
            }
            double[] ms = new double[15];
            for (int i = 0; i < ms.length; i++) {
                long t0 = System.nanoTime();
                readAll(reader, sources);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
            Arrays.sort(ms);
            double median = ms[ms.length / 2];
            System.out.printf("%-42s %6d %9.3f %9d %10.1f %8.1f %10.0f %7.1f%n", set.name(), sources.size(), mb,
                    statements, median, mb / (median / 1000), statements / (median / 1000), set.squawkMs());
        }
        System.out.println("dbarch ms: median of 15 warm in-process reads after 5 warm-ups; squawk: BASELINE.md"
                + " wall-clock mean of one native process per set (start-up of about 12 ms included).");
    }

    static int readAll(DdlReader reader, List<SourceText> sources) {
        int statements = 0;
        for (SourceText source : sources) {
            ReadResult result = reader.read(source);
            statements += result.statements().size();
        }
        return statements;
    }

    static List<SourceText> load(Path path, String glob) throws Exception {
        List<Path> files;
        if (Files.isRegularFile(path)) {
            files = List.of(path);
        } else {
            try (Stream<Path> walk = Files.walk(path)) {
                files = walk.filter(Files::isRegularFile)
                        .filter(p -> p.toString().endsWith(".sql") || p.toString().endsWith(".sql.postgres"))
                        .filter(p -> !p.toString().endsWith(".sql.sqlite"))
                        .filter(p -> !glob.equals("up.sql") || p.getFileName().toString().equals("up.sql"))
                        .sorted().toList();
            }
        }
        List<SourceText> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(SourceText.of(f.toString(), Files.readString(f, StandardCharsets.UTF_8)));
        }
        return sources;
    }
}
