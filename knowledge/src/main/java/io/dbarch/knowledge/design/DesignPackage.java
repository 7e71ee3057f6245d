package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import io.dbarch.knowledge.design.escalation.Escalation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A design package: {@code design.md}, {@code flyway/V1__initial_schema.sql}, {@code runbooks/*.md} and the other
 * generated files, plus the escalations raised.
 *
 * @param files file contents by path inside the package, in a stable order
 */
public record DesignPackage(String name, Map<String, String> files, List<Escalation> escalations) {

    /** Zip entries get this fixed time so the same requirements always give the same bytes. */
    private static final long ENTRY_TIME = 1_767_225_600_000L;

    public DesignPackage {
        requireNonNull(name, "name");
        files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
        escalations = List.copyOf(escalations);
    }

    public Optional<String> file(String path) {
        return Optional.ofNullable(files.get(path));
    }

    /** design.md. */
    public String designMarkdown() {
        return files.getOrDefault("design.md", "");
    }

    /** The package as a zip archive, entries in {@link #files()} order, UTF-8. */
    public byte[] toZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> f : files.entrySet()) {
                ZipEntry entry = new ZipEntry(f.getKey());
                entry.setTime(ENTRY_TIME);
                zip.putNextEntry(entry);
                zip.write(f.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing an in-memory zip failed", e);
        }
        return bytes.toByteArray();
    }
}
