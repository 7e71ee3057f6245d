package io.dbarch.knowledge.erd;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.schema.SchemaModel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders the corpus schemas people look at to PNG under {@code target/erd-samples/} (for inspection) and checks
 * every picture is a whole PNG within the size limit, i.e. nothing was clipped by PlantUML's image limit.
 */
class ErdSamplesTest {

    private static final Path OUT = Path.of("target", "erd-samples");

    @ParameterizedTest
    @ValueSource(strings = {"pagila-schema.sql", "chinook-postgresql.sql", "adventureworks-postgres-install.sql",
            "gisia-gitlab-derived-structure.sql"})
    void should_write_whole_png_pictures_when_rendering_sample_schemas(String file) throws IOException {
        // given
        SchemaModel model = CorpusSchemas.read(file);
        Path dir = Files.createDirectories(OUT.resolve(file.replace(".sql", "")));

        // when
        ErdResult result = new ErdRenderer().render(model, ErdOptions.defaults()
                .withFormats(EnumSet.of(ErdFormat.PNG, ErdFormat.PLANTUML)));

        // then
        for (ErdArtifact artifact : result.artifacts()) {
            Files.write(dir.resolve(artifact.name()), artifact.content());
            if (artifact.format() == ErdFormat.PNG) {
                byte[] png = artifact.content();
                assertThat(png).startsWith(0x89, 'P', 'N', 'G');
                ByteBuffer header = ByteBuffer.wrap(png, 16, 8);
                int width = header.getInt();
                int height = header.getInt();
                assertThat(width).as("%s width", artifact.name()).isBetween(100, PlantUmlEngine.LIMIT_SIZE - 1);
                assertThat(height).as("%s height", artifact.name()).isBetween(100, PlantUmlEngine.LIMIT_SIZE - 1);
            }
        }
        Files.writeString(dir.resolve("description.txt"), result.description());
    }
}
