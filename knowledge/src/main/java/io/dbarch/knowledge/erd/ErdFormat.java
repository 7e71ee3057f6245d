package io.dbarch.knowledge.erd;

import java.util.Locale;
import java.util.Optional;

/** An output format of the ERD renderer, with the file extension and media type of its artifacts. */
public enum ErdFormat {
    /** Scalable vector graphics rendered by PlantUML. */
    SVG("svg", "image/svg+xml", false),
    /** A PNG bitmap rendered by PlantUML. */
    PNG("png", "image/png", false),
    /** The PlantUML source ({@code .puml}). */
    PLANTUML("puml", "text/plain; charset=utf-8", true),
    /** A Mermaid {@code erDiagram} ({@code .mmd}); renders in GitHub and GitLab Markdown. */
    MERMAID("mmd", "text/plain; charset=utf-8", true);

    private final String extension;
    private final String mediaType;
    private final boolean text;

    ErdFormat(String extension, String mediaType, boolean text) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.text = text;
    }

    /** The file extension without the dot, e.g. {@code svg}. */
    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** True for the source formats (UTF-8 text), false for images. */
    public boolean isText() {
        return text;
    }

    /** The format for a file name or extension such as {@code out.svg}, {@code .mmd} or {@code png}. */
    public static Optional<ErdFormat> fromFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        String ext = lower.substring(lower.lastIndexOf('.') + 1);
        for (ErdFormat f : values()) {
            if (f.extension.equals(ext) || ("plantuml".equals(ext) && f == PLANTUML)
                    || ("mermaid".equals(ext) && f == MERMAID)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
