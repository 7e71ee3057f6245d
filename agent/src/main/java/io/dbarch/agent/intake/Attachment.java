package io.dbarch.agent.intake;

import static java.util.Objects.requireNonNull;

/**
 * A text file sent with a message, e.g. {@code schema.sql} or {@code requirements.yaml}.
 *
 * @param name    the file name as the user gave it (only its last path segment is kept)
 * @param content the UTF-8 text
 */
public record Attachment(String name, String content) {

    public Attachment {
        requireNonNull(name, "name");
        requireNonNull(content, "content");
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).strip();
        name = base.isEmpty() ? "attachment.txt" : base.length() > 120 ? base.substring(0, 120) : base;
    }
}
