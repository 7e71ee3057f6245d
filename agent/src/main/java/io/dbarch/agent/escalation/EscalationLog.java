package io.dbarch.agent.escalation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The escalations raised per conversation, in memory; the web app delivers and persists them. At most
 * {@link #MAX_PER_CONVERSATION} per conversation and one per title. Thread-safe.
 */
public final class EscalationLog {

    public static final int MAX_PER_CONVERSATION = 20;

    private final Map<String, List<EscalationNotice>> byConversation = new HashMap<>();

    /** Records {@code notice}; false when its title was already raised in the conversation. */
    public synchronized boolean add(EscalationNotice notice) {
        requireNonNull(notice, "notice");
        List<EscalationNotice> list = byConversation.computeIfAbsent(notice.conversationId(), k -> new ArrayList<>());
        if (list.stream().anyMatch(n -> n.title().equalsIgnoreCase(notice.title()))) {
            return false;
        }
        if (list.size() >= MAX_PER_CONVERSATION) {
            throw new IllegalArgumentException("This conversation already has " + MAX_PER_CONVERSATION
                    + " escalations; summarise the remaining conflicts in the answer instead.");
        }
        list.add(notice);
        return true;
    }

    public synchronized List<EscalationNotice> list(String conversationId) {
        return List.copyOf(byConversation.getOrDefault(requireNonNull(conversationId, "conversationId"), List.of()));
    }
}
