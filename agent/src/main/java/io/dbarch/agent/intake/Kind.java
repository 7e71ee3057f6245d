package io.dbarch.agent.intake;

import io.dbarch.agent.artifact.Artifact;
import java.util.Locale;

/** What a stored input is: SQL, YAML or JSON requirements, or other text. */
enum Kind {
    SQL, YAML, JSON, OTHER;

    static Kind of(Fence fence) {
        if (DdlDetector.isSql(fence)) {
            return SQL;
        }
        if (fence.label().equals("yaml") || fence.label().equals("yml")) {
            return YAML;
        }
        if (fence.label().equals("json") || (fence.label().isEmpty() && fence.body().startsWith("{"))) {
            return JSON;
        }
        return OTHER;
    }

    static Kind of(Attachment attachment) {
        String name = attachment.name().toLowerCase(Locale.ROOT);
        if (name.endsWith(".sql") || name.endsWith(".ddl")) {
            return SQL;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return YAML;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        return new DdlDetector().unfencedStart(attachment.content()).isPresent() ? SQL : OTHER;
    }

    String extension() {
        return switch (this) {
            case SQL -> "sql";
            case YAML -> "yaml";
            case JSON -> "json";
            case OTHER -> "txt";
        };
    }

    String mediaType(String name) {
        return switch (this) {
            case SQL -> Artifact.SQL;
            case YAML -> Artifact.YAML;
            case JSON -> Artifact.JSON;
            case OTHER -> name.toLowerCase(Locale.ROOT).endsWith(".md") ? Artifact.MARKDOWN : Artifact.TEXT;
        };
    }

    String summary(String name, String body) {
        return switch (this) {
            case SQL -> ContentSummary.sql(body);
            case YAML -> ContentSummary.structured(body, false);
            case JSON -> ContentSummary.structured(body, true);
            case OTHER -> ContentSummary.text(body);
        };
    }
}
