package io.dbarch.web.api;

import io.dbarch.agent.artifact.Artifact;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Artifacts as one zip under a folder; repeated names get a numeric suffix. */
final class Zips {

    private Zips() {
    }

    static byte[] of(String folder, List<Artifact> artifacts) {
        var bytes = new ByteArrayOutputStream();
        Set<String> used = new HashSet<>();
        try (var zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Artifact a : artifacts) {
                String name = unique(a.name().replaceAll("[/\\\\]", "_"), used);
                var entry = new ZipEntry(folder + "/" + name);
                entry.setTime(a.createdAt().toEpochMilli());
                zip.putNextEntry(entry);
                zip.write(a.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing an in-memory zip failed", e);
        }
        return bytes.toByteArray();
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        for (int i = 2; !used.add(candidate); i++) {
            candidate = dot < 0 ? name + "-" + i : name.substring(0, dot) + "-" + i + name.substring(dot);
        }
        return candidate;
    }
}
