package io.dbarch.agent.artifact;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A large input or output kept beside the conversation: pasted DDL, an attachment, an SVG diagram, a report. The
 * model sees its id and summary; tools read its content by id, within the conversation that owns it.
 *
 * @param id             the store's id; matches {@link #ID_PATTERN}, e.g. {@code art-7}
 * @param conversationId the conversation that owns it; other conversations cannot read it
 * @param name           a file name for people, e.g. {@code pasted.sql} or {@code erd.svg}
 * @param mediaType      e.g. {@code application/sql}, {@code image/svg+xml}, {@code text/plain}
 * @param content        the bytes (copied in and out)
 * @param summary        a one-line description for the model, e.g. {@code DDL, 312 lines, 300 CREATE TABLE}
 * @param createdAt      when it was stored
 */
public record Artifact(String id, String conversationId, String name, String mediaType, byte[] content,
        String summary, Instant createdAt) {

    /** Every store's ids match this, so that ids can be recognised in text. */
    public static final Pattern ID_PATTERN = Pattern.compile("\\bart-[0-9a-z]{1,24}\\b");

    public static final String SQL = "application/sql";
    public static final String YAML = "application/yaml";
    public static final String JSON = "application/json";
    public static final String TEXT = "text/plain";
    public static final String MARKDOWN = "text/markdown";
    public static final String SVG = "image/svg+xml";

    public Artifact {
        requireNonNull(id, "id");
        requireNonNull(conversationId, "conversationId");
        requireNonNull(name, "name");
        requireNonNull(mediaType, "mediaType");
        content = requireNonNull(content, "content").clone();
        requireNonNull(summary, "summary");
        requireNonNull(createdAt, "createdAt");
        if (!ID_PATTERN.matcher(id).matches()) {
            throw new IllegalArgumentException("artifact id '" + id + "' does not match " + ID_PATTERN.pattern());
        }
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    /** The content as UTF-8 text (meaningful when {@link #isText()}). */
    public String text() {
        return new String(content, UTF_8);
    }

    public int size() {
        return content.length;
    }

    /** True for text media types, SQL, YAML, JSON and SVG (XML); false for images such as PNG. */
    public boolean isText() {
        String type = mediaType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.equals(SQL) || type.equals(YAML) || type.equals(JSON)
                || type.equals(SVG);
    }

    /** One line for the model: {@code art-3 pasted.sql (application/sql, 12,345 bytes): DDL, …}. */
    public String describe() {
        return "%s %s (%s, %,d bytes): %s".formatted(id, name, mediaType, content.length, summary);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Artifact a && a.id.equals(id) && a.conversationId.equals(conversationId)
                && a.name.equals(name) && a.mediaType.equals(mediaType) && Arrays.equals(a.content, content)
                && a.summary.equals(summary) && a.createdAt.equals(createdAt);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + conversationId.hashCode();
    }

    @Override
    public String toString() {
        return "Artifact[" + id + ", " + name + ", " + mediaType + ", " + content.length + " bytes]";
    }
}
