package io.dbarch.web.api;

import io.dbarch.web.escalation.Delivery;
import io.dbarch.web.escalation.EscalationRecord;
import io.dbarch.web.storage.Conversation;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.web.storage.StoredMessage;
import java.util.List;

/** The JSON shapes of the API (records serialised by Jackson). */
final class Views {

    private Views() {
    }

    record ArtifactView(String id, String name, String mediaType, int size, String summary, String url,
            String createdAt) {
        static ArtifactView of(Artifact a) {
            return new ArtifactView(a.id(), a.name(), a.mediaType(), a.size(), a.summary(),
                    "/api/artifacts/" + a.id(), a.createdAt().toString());
        }
    }

    record DeliveryView(String channel, String status, int attempts, String lastError, String deliveredAt) {
        static DeliveryView of(Delivery d) {
            return new DeliveryView(d.channel(), d.status(), d.attempts(), d.lastError(),
                    d.deliveredAt().map(Object::toString).orElse(null));
        }
    }

    record EscalationView(String id, String conversationId, String severity, String title, String conflict,
            String options, String decider, String source, String raisedAt, List<DeliveryView> deliveries) {
        static EscalationView of(EscalationRecord e, List<Delivery> deliveries) {
            return new EscalationView(e.id(), e.conversationId().orElse(null), e.severity(), e.title(),
                    e.conflict(), e.options(), e.decider(), e.source(), e.raisedAt().toString(),
                    deliveries.stream().map(DeliveryView::of).toList());
        }
    }

    record MessageView(long id, String role, String content, List<String> artifacts, List<String> escalations,
            String createdAt) {
        static MessageView of(StoredMessage m) {
            return new MessageView(m.id(), m.role(), m.content(), m.artifactIds(), m.escalationIds(),
                    m.createdAt().toString());
        }
    }

    record ConversationView(String id, String title, String owner, String createdAt, String updatedAt) {
        static ConversationView of(Conversation c) {
            return new ConversationView(c.id(), c.title(), c.owner(), c.createdAt().toString(),
                    c.updatedAt().toString());
        }
    }

    record ConversationDetail(ConversationView conversation, List<MessageView> messages,
            List<ArtifactView> artifacts, List<EscalationView> escalations) {
    }

    record ChatResponse(String conversationId, String answer, List<ArtifactView> artifacts,
            List<EscalationView> escalations) {
    }
}
