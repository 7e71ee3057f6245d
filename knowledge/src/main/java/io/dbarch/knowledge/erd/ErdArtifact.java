package io.dbarch.knowledge.erd;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import java.util.Arrays;

/**
 * One produced file: its name (e.g. {@code erd-03-sales.svg}), its format and its bytes. The content array is
 * copied in and out, so an artifact cannot change after creation.
 */
public record ErdArtifact(String name, ErdFormat format, byte[] content) {

    public ErdArtifact {
        requireNonNull(name, "name");
        requireNonNull(format, "format");
        content = requireNonNull(content, "content").clone();
    }

    static ErdArtifact text(String name, ErdFormat format, String text) {
        return new ErdArtifact(name, format, text.getBytes(UTF_8));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    public String mediaType() {
        return format.mediaType();
    }

    /** The content as UTF-8 text: the source for PlantUML and Mermaid, the XML for SVG. Not meaningful for PNG. */
    public String text() {
        return new String(content, UTF_8);
    }

    public int size() {
        return content.length;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ErdArtifact a && a.name.equals(name) && a.format == format
                && Arrays.equals(a.content, content);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + format.hashCode()) + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return "ErdArtifact[" + name + ", " + format.mediaType() + ", " + content.length + " bytes]";
    }
}
