package io.dbarch.agent.provider;

import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.response.ChatResponse;

/** The notice an answer carries when the offline engine stood in for the provider. */
final class FallbackNotice {

    /** Text every fallback answer starts with; tests and the web app can look for it. */
    static final String PREFIX = "> Note: the language model";

    private FallbackNotice() {
    }

    static String text(String provider, String reason) {
        return PREFIX + " (" + provider + ") could not answer: " + reason + ". This answer comes from dbarch's "
                + "offline engine, which runs the same tools without a language model.\n\n";
    }

    /** {@code response} with the notice before its text; tool-call responses are returned unchanged. */
    static ChatResponse prefix(ChatResponse response, String notice) {
        AiMessage ai = response.aiMessage();
        if (ai.hasToolExecutionRequests() || ai.text() == null) {
            return response;
        }
        return response.toBuilder().aiMessage(AiMessage.from(notice + ai.text())).build();
    }
}
