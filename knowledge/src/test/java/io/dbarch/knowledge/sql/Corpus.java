package io.dbarch.knowledge.sql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds the shared real-world SQL corpus beside the repository ({@code ../shared/corpus}), or skips the test. */
public final class Corpus {

    private Corpus() {
    }

    public static Optional<Path> find() {
        String override = System.getenv("DBARCH_CORPUS");
        if (override != null && Files.isDirectory(Path.of(override))) {
            return Optional.of(Path.of(override));
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("corpus");
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The corpus root; the calling test is skipped, with a visible reason, when it is absent. */
    public static Path require() {
        Optional<Path> corpus = find();
        if (corpus.isEmpty()) {
            System.out.println("SKIPPED: ../shared/corpus not found (set DBARCH_CORPUS to its path)");
        }
        assumeTrue(corpus.isPresent(), "../shared/corpus not found beside the repository; set DBARCH_CORPUS");
        return corpus.get();
    }

    /** SQL files under {@code dir}, sorted by path. */
    public static List<Path> sqlFiles(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".sql") || p.toString().endsWith(".sql.postgres"))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SourceText load(Path file) {
        try {
            return SourceText.of(file.getFileName().toString(),
                    new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
