package io.dbarch.knowledge.design;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The sample requirement files under src/test/resources/design, read once per call. */
public final class Samples {

    public static final String SAAS = "saas-multi-tenant.yaml";
    public static final String ANALYTICS = "analytics-offload.yaml";

    private Samples() {
    }

    public static String text(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/design/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource design/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Requirements requirements(String name) {
        return new RequirementsReader().read(text(name)).orElseThrow();
    }

    /** Requirements from an inline YAML document, failing the test with the errors when invalid. */
    public static Requirements yaml(String yaml) {
        return new RequirementsReader().read(yaml).orElseThrow();
    }
}
