package io.dbarch.web;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The body of {@code POST /api/chat}, validated. */
record ChatRequest(Optional<String> conversationId, String message) {

    ChatRequest {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(message, "message");
    }
}
