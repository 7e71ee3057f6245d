package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import io.javalin.http.HttpStatus;

/** Thrown by controllers to answer with a problem response; mapped once in {@link Routes}. */
final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    ProblemException(HttpStatus status, String detail) {
        super(detail);
        this.problem = Problem.of(requireNonNull(status, "status"), detail);
    }

    Problem problem() {
        return problem;
    }
}
