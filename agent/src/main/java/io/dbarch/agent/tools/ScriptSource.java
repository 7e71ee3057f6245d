package io.dbarch.agent.tools;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Resolves a tool's script argument: an artifact id of this conversation (e.g. {@code art-1}) or the DDL text
 * itself, and reads it (recently read artifacts are cached). Every failure message says what would work.
 */
public final class ScriptSource {

    static final int MAX_DDL_CHARS = 5_000_000;
    private static final int CACHED = 16;

    private final Optional<ArtifactStore> artifacts;
    private final DdlReader reader;
    private final Map<String, ReadResult> cache = new LinkedHashMap<>(CACHED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReadResult> eldest) {
            return size() > CACHED;
        }
    };

    public ScriptSource(ArtifactStore artifacts, DdlReader reader) {
        this.artifacts = Optional.of(requireNonNull(artifacts, "artifacts"));
        this.reader = requireNonNull(reader, "reader");
    }

    /** A source that accepts DDL text only (no artifact store). */
    public ScriptSource(DdlReader reader) {
        this.artifacts = Optional.empty();
        this.reader = requireNonNull(reader, "reader");
    }

    /** A script: its file name for locations, its text, and the artifact it came from. */
    record Script(String name, String text, Optional<String> artifactId) {
    }

    Script load(Object conversationId, String ddlOrId, String argument) {
        if (ddlOrId == null || ddlOrId.isBlank()) {
            throw new IllegalArgumentException("The " + argument + " argument is empty; pass the id of the artifact "
                    + "holding the DDL (e.g. art-1) or the complete script, e.g. the CREATE TABLE statements the "
                    + "user pasted.");
        }
        String value = ddlOrId.strip();
        if (Artifact.ID_PATTERN.matcher(value).matches()) {
            Artifact a = artifact(conversationId, value);
            if (!a.isText()) {
                throw new IllegalArgumentException(a.id() + " is " + a.mediaType() + ", not DDL; pass the artifact "
                        + "that holds the SQL script.");
            }
            return new Script(a.name(), a.text(), Optional.of(a.id()));
        }
        if (value.length() > MAX_DDL_CHARS) {
            throw new IllegalArgumentException("The script has " + value.length() + " characters; the limit is "
                    + MAX_DDL_CHARS + ". Ask the user for the part of the schema in question.");
        }
        return new Script(SchemaTools.PASTED_FILE, ddlOrId, Optional.empty());
    }

    ReadResult read(Script script) {
        if (script.artifactId().isEmpty()) {
            return reader.read(SourceText.of(script.name(), script.text()));
        }
        synchronized (cache) {
            ReadResult cached = cache.get(script.artifactId().get());
            if (cached != null) {
                return cached;
            }
        }
        ReadResult result = reader.read(SourceText.of(script.name(), script.text()));
        synchronized (cache) {
            cache.put(script.artifactId().get(), result);
        }
        return result;
    }

    Optional<ArtifactStore> store() {
        return artifacts;
    }

    Artifact artifact(Object conversationId, String id) {
        ArtifactStore store = artifacts.orElseThrow(() -> new IllegalArgumentException("Artifact ids such as " + id
                + " cannot be resolved in this configuration; pass the DDL text itself."));
        String conversation = String.valueOf(conversationId);
        return store.find(conversation, id).orElseThrow(() -> new IllegalArgumentException("No artifact '" + id
                + "' in this conversation; known: " + known(store, conversation) + "."));
    }

    private static String known(ArtifactStore store, String conversation) {
        String ids = store.list(conversation).stream().limit(20).map(a -> a.id() + " " + a.name())
                .collect(Collectors.joining(", "));
        return ids.isEmpty() ? "none yet (ask the user to paste or attach the script)" : ids;
    }
}
