package io.dbarch.web.http;

import static java.util.Objects.requireNonNull;

import io.javalin.http.HttpStatus;
import java.util.Map;

/** Thrown by controllers to answer with a problem response; mapped once in the routes. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ProblemException(HttpStatus status, String detail) {
        this(status, detail, Map.of());
    }

    /** A problem answered with extra response headers, e.g. {@code Retry-After} or {@code WWW-Authenticate}. */
    public ProblemException(HttpStatus status, String detail, Map<String, String> headers) {
        super(detail);
        this.problem = Problem.of(requireNonNull(status, "status"), detail);
        this.headers = Map.copyOf(headers);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public Problem problem() {
        return problem;
    }
}
