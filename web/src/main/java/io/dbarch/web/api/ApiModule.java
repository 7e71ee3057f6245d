package io.dbarch.web.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.dbarch.agent.AdvisorAgent;
import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.escalation.EscalationService;
import io.dbarch.web.http.JsonBodies;
import io.dbarch.web.storage.ConversationStore;
import io.dbarch.web.storage.JdbcArtifactStore;
import io.javalin.config.JavalinConfig;
import io.micrometer.core.instrument.MeterRegistry;

/** The chat, conversation, artifact and escalation endpoints, wired from the app's services. */
public final class ApiModule {

    private final ChatService chat;
    private final ChatController chatController;
    private final ConversationController conversations;
    private final ArtifactController artifacts;
    private final EscalationController escalations;

    public ApiModule(AdvisorAgent agent, ConversationStore conversationStore, JdbcArtifactStore artifactStore,
            EscalationService escalationService, AuditLog audit, MeterRegistry metrics, ObjectMapper json,
            int maxStreams) {
        this.chat = new ChatService(conversationStore, escalationService, new TurnRunner(agent),
                audit, metrics);
        this.chatController = new ChatController(chat, new ChatRequestParser(new JsonBodies(json)), escalationService,
                json, maxStreams, metrics);
        this.conversations = new ConversationController(conversationStore, artifactStore, escalationService);
        this.artifacts = new ArtifactController(artifactStore, conversations, audit);
        this.escalations = new EscalationController(escalationService);
    }

    /** The chat service, for the other front doors (Slack). */
    public ChatService chat() {
        return chat;
    }

    public void register(JavalinConfig config) {
        config.routes.post("/api/chat", chatController::chat);
        config.routes.get("/api/conversations", conversations::list);
        config.routes.get("/api/conversations/{id}", conversations::get);
        config.routes.get("/api/artifacts.zip", artifacts::zip);
        config.routes.get("/api/artifacts/{id}", artifacts::get);
        config.routes.get("/api/escalations", escalations::list);
        config.routes.get("/api/escalations/{id}", escalations::get);
    }
}
