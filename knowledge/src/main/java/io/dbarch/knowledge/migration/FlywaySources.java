package io.dbarch.knowledge.migration;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads a Flyway migration folder as the schema it builds: the versioned scripts ({@code V<version>__*.sql}) in
 * Flyway's version order, then the repeatable ones ({@code R__*.sql}) by description, read as one script.
 * Undo scripts and other files are left out. Stateless and thread-safe.
 */
public final class FlywaySources {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__(.*)\\.sql");
    private static final int MAX_FILES = 10_000;
    private static final long MAX_BYTES = 256L * 1024 * 1024;

    /** True when the folder holds at least one Flyway versioned or repeatable script. */
    public static boolean isFlywayFolder(Path dir) {
        return Files.isDirectory(dir) && !scripts(dir).isEmpty();
    }

    /** The folder's scripts in the order Flyway applies them, each named by its file name. */
    public List<SourceText> load(Path dir) {
        requireNonNull(dir, "dir");
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a folder; give a Flyway folder with V<version>__*.sql"
                    + " scripts");
        }
        List<Path> files = scripts(dir);
        if (files.isEmpty()) {
            throw new IllegalArgumentException(dir + " holds no Flyway script (V<version>__<description>.sql or"
                    + " R__<description>.sql)");
        }
        List<SourceText> texts = new ArrayList<>();
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
                if (total > MAX_BYTES) {
                    throw new IllegalArgumentException("the scripts in " + dir + " add up to more than 256 MB");
                }
                texts.add(SourceText.of(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + file + ": " + e.getMessage(), e);
            }
        }
        return texts;
    }

    /**
     * Scripts given in memory (e.g. uploaded), put in Flyway's order: versioned by version, then repeatable by
     * description; other names are left out.
     */
    public static List<SourceText> order(List<SourceText> scripts) {
        requireNonNull(scripts, "scripts");
        List<SourceText> versioned = scripts.stream().filter(s -> VERSIONED.matcher(s.name()).matches())
                .sorted(Comparator.comparing((SourceText s) -> version(Path.of(s.name())), FlywaySources::compare))
                .toList();
        List<SourceText> out = new ArrayList<>(versioned);
        scripts.stream().filter(s -> REPEATABLE.matcher(s.name()).matches())
                .sorted(Comparator.comparing(SourceText::name)).forEach(out::add);
        return out;
    }

    /** Reads the folder into one schema model (PostgreSQL unless {@code dialect} says otherwise). */
    public ReadResult read(Path dir, Optional<Dialect> dialect) {
        return new DdlReader().read(load(dir), dialect);
    }

    private static List<Path> scripts(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> all = list.filter(Files::isRegularFile).limit(MAX_FILES).toList();
            List<Path> versioned = all.stream().filter(p -> VERSIONED.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparing(FlywaySources::version, FlywaySources::compare)).toList();
            List<Path> repeatable = all.stream().filter(p -> REPEATABLE.matcher(p.getFileName().toString())
                    .matches()).sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
            List<Path> out = new ArrayList<>(versioned);
            out.addAll(repeatable);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + dir + ": " + e.getMessage(), e);
        }
    }

    private static List<Long> version(Path file) {
        Matcher m = VERSIONED.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return List.of();
        }
        return Stream.of(m.group(1).split("[._]")).map(s -> s.length() > 18 ? Long.MAX_VALUE : Long.parseLong(s))
                .toList();
    }

    private static int compare(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            long x = i < a.size() ? a.get(i) : 0;
            long y = i < b.size() ? b.get(i) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }
}
