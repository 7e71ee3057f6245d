package io.dbarch.web.api;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** The body of {@code POST /api/chat}, validated. */
record ChatRequest(Optional<String> conversationId, String message, List<Upload> attachments) {

    ChatRequest {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(message, "message");
        attachments = List.copyOf(attachments);
    }
}
