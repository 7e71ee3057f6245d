package io.dbarch.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /openapi.json}: the OpenAPI 3.1 description of the HTTP API, kept beside the code as a resource. */
final class OpenApi {

    static final String RESOURCE = "/openapi.json";

    private OpenApi() {
    }

    static void serve(Context ctx) {
        ctx.contentType("application/json").result(document());
    }

    static byte[] document() {
        try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
