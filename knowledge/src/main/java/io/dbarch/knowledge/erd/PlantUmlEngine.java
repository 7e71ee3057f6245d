package io.dbarch.knowledge.erd;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.sourceforge.plantuml.BlockUml;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.core.ImageData;
import net.sourceforge.plantuml.error.PSystemError;
import net.sourceforge.plantuml.security.SecurityProfile;
import net.sourceforge.plantuml.security.SecurityUtils;

/**
 * Renders PlantUML source in-process. Before PlantUML's first use it sets {@code PLANTUML_SECURITY_PROFILE=SANDBOX}
 * (PlantUML caches the profile; the default lets {@code !include} read local files), headless AWT and a size limit,
 * and it refuses to render if the profile in force is not SANDBOX. A diagram that PlantUML rejects or crashes on
 * (it draws an error image rather than throwing) becomes an {@link ErdException}.
 */
final class PlantUmlEngine {

    /**
     * Largest PNG width or height in pixels: PlantUML's default (4096) clips big diagrams, and it allocates the
     * whole bitmap, so the limit also bounds memory. Larger PNGs are refused, not clipped; SVG has no such limit.
     */
    static final int LIMIT_SIZE = 8192;

    /** Per-process PlantUML set-up, run once before any PlantUML class is used. */
    private static final class Setup {
        static final SecurityProfile PROFILE = configure();

        private static SecurityProfile configure() {
            System.setProperty("PLANTUML_SECURITY_PROFILE", "SANDBOX");
            System.setProperty("PLANTUML_LIMIT_SIZE", Integer.toString(LIMIT_SIZE));
            System.setProperty("java.awt.headless", "true");
            return SecurityUtils.getSecurityProfile();
        }
    }

    byte[] render(String source, ErdFormat format) {
        requireSandbox();
        List<BlockUml> blocks = new SourceStringReader(source).getBlocks();
        if (blocks.size() != 1) {
            throw new ErdException("Internal error: the generated diagram source has " + blocks.size()
                    + " @startuml blocks instead of 1.");
        }
        BlockUml block = blocks.get(0);
        Diagram diagram = block.getDiagram();
        if (diagram instanceof PSystemError || !block.getIncluded().isEmpty()) {
            throw new ErdException("Internal error: PlantUML rejected the generated diagram source ("
                    + diagram.getDescription().getDescription() + ").");
        }
        var out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageData image = diagram.exportDiagram(out, 0, new FileFormatOption(fileFormat(format), false));
            if (image.getStatus() != 0) {
                throw new ErdException("Internal error: PlantUML failed to draw the diagram (status "
                        + image.getStatus() + ").", image.getRootCause());
            }
            if (format == ErdFormat.PNG && (image.getWidth() > LIMIT_SIZE || image.getHeight() > LIMIT_SIZE)) {
                throw new ErdException("The diagram is " + image.getWidth() + " x " + image.getHeight()
                        + " pixels, more than a PNG may have (" + LIMIT_SIZE + "); ask for SVG, let the schema be"
                        + " split into subject areas, or show fewer columns (keys or none).");
            }
        } catch (IOException e) {
            throw new ErdException("Internal error: PlantUML could not write the image: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** Loads PlantUML and draws a tiny diagram in both image formats, so the first real request is fast. */
    void prewarm() {
        String source = "@startuml\n!pragma layout smetana\nhide circle\nentity \"a\" as a {\n * id : integer\n}\n"
                + "entity \"b\" as b {\n * a_id : integer\n}\na ||--o{ b\n@enduml\n";
        render(source, ErdFormat.SVG);
        render(source, ErdFormat.PNG);
    }

    static SecurityProfile securityProfile() {
        return Setup.PROFILE;
    }

    private static void requireSandbox() {
        if (Setup.PROFILE != SecurityProfile.SANDBOX) {
            throw new ErdException("PlantUML was initialised with security profile " + Setup.PROFILE
                    + " before dbarch could set SANDBOX; refusing to render. Start the JVM with"
                    + " -DPLANTUML_SECURITY_PROFILE=SANDBOX.");
        }
    }

    private static FileFormat fileFormat(ErdFormat format) {
        return switch (format) {
            case SVG -> FileFormat.SVG;
            case PNG -> FileFormat.PNG;
            case PLANTUML, MERMAID -> throw new IllegalArgumentException("not an image format: " + format);
        };
    }
}
