package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.sql.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The migration histories of the shared corpus as each project applies them to PostgreSQL: Flyway version order
 * (kestra), file name order (supabase auth), pop's version order preferring the PostgreSQL variant (ory kratos),
 * Diesel folder order (lemmy), Synapse's full v72 schema then the deltas of later versions.
 */
public final class CorpusHistories {

    /** One migration: its name and its SQL files, applied in order. */
    public record Unit(String name, List<SourceText> files) {
    }

    /**
     * A project's history.
     *
     * @param setup what the project's migration runner does before the first migration (e.g. create the schema
     *              the migrations are rendered into)
     */
    public record History(String project, List<String> setup, List<Unit> units) {

        History(String project, List<Unit> units) {
            this(project, List.of(), units);
        }
    }

    private CorpusHistories() {
    }

    public static List<String> projects() {
        return List.of("kestra", "supabase-auth", "ory-kratos", "lemmy", "synapse");
    }

    public static History load(Path corpus, String project) {
        Path migrations = corpus.resolve("migrations");
        return switch (project) {
            case "kestra" -> new History(project, files(migrations.resolve("kestra/postgres")).stream()
                    .filter(p -> p.getFileName().toString().matches("V\\d+(_\\d+)*__.*\\.sql"))
                    .sorted(Comparator.comparing(CorpusHistories::flywayVersion, CorpusHistories::compareVersions))
                    .map(p -> unit(p.getFileName().toString(), List.of(p))).toList());
            case "supabase-auth" -> new History(project, List.of("CREATE SCHEMA IF NOT EXISTS auth"), files(migrations.resolve("supabase-auth/rendered-namespace-auth"))
                    .stream().filter(p -> p.toString().endsWith(".up.sql")).sorted()
                    .map(p -> unit(p.getFileName().toString(), List.of(p))).toList());
            case "ory-kratos" -> new History(project, kratos(migrations.resolve("ory-kratos/postgres")));
            case "lemmy" -> new History(project, files(migrations.resolve("lemmy")).stream()
                    .filter(p -> p.getFileName().toString().equals("up.sql")).sorted()
                    .map(p -> unit(p.getParent().getFileName().toString(), List.of(p))).toList());
            case "synapse" -> new History(project, synapse(corpus));
            default -> throw new IllegalArgumentException("unknown project " + project + "; known: " + projects());
        };
    }

    private static List<Unit> kratos(Path dir) {
        Map<String, Path> chosen = new LinkedHashMap<>();
        for (Path p : files(dir).stream().sorted().toList()) {
            String name = p.getFileName().toString();
            if (!name.endsWith(".up.sql")) {
                continue;
            }
            String key = name.replaceFirst("\\.(postgres\\.)?(autocommit\\.)?up\\.sql$", "");
            boolean specific = name.contains(".postgres.");
            if (specific || !chosen.containsKey(key)) {
                chosen.put(key, p);
            }
        }
        return chosen.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> unit(e.getValue().getFileName().toString(), List.of(e.getValue()))).toList();
    }

    private static List<Unit> synapse(Path corpus) {
        List<Unit> units = new ArrayList<>();
        units.add(unit("full_schemas/72", List.of(corpus.resolve("schemas/synapse-main-full-v72.postgres.sql"),
                corpus.resolve("schemas/synapse-state-full-v72.postgres.sql"))));
        Path delta = corpus.resolve("migrations/synapse");
        List<Path> deltas = files(delta).stream()
                .filter(p -> p.toString().endsWith(".sql") || p.toString().endsWith(".sql.postgres"))
                .filter(p -> version(p) > 72)
                .sorted(Comparator.comparingInt(CorpusHistories::version)
                        .thenComparing(p -> p.getFileName().toString()))
                .toList();
        deltas.forEach(p -> units.add(unit(version(p) + "/" + p.getFileName(), List.of(p))));
        return units;
    }

    private static int version(Path p) {
        return Integer.parseInt(p.getParent().getFileName().toString());
    }

    private static String flywayVersion(Path p) {
        return p.getFileName().toString().replaceFirst("^V", "").replaceFirst("__.*$", "");
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("[._]");
        String[] y = b.split("[._]");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            long p = i < x.length ? Long.parseLong(x[i]) : 0;
            long q = i < y.length ? Long.parseLong(y[i]) : 0;
            if (p != q) {
                return Long.compare(p, q);
            }
        }
        return 0;
    }

    private static Unit unit(String name, List<Path> paths) {
        return new Unit(name, paths.stream().map(p -> {
            try {
                return SourceText.of(p.getFileName().toString(), Files.readString(p, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toList());
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
