package io.dbarch.web.http;

import static java.util.Objects.requireNonNull;

import io.javalin.http.HttpStatus;

/**
 * An error response body, RFC 9457 {@code application/problem+json}. {@code type} is {@code about:blank}: the
 * status says what kind of problem it is and {@code detail} says what was wrong and what would work.
 */
public record Problem(String type, String title, int status, String detail) {

    public static final String CONTENT_TYPE = "application/problem+json";

    public Problem {
        requireNonNull(type, "type");
        requireNonNull(title, "title");
        requireNonNull(detail, "detail");
    }

    public static Problem of(HttpStatus status, String detail) {
        return new Problem("about:blank", status.getMessage(), status.getCode(), detail);
    }
}
