package io.dbarch.web.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import io.dbarch.agent.artifact.Artifact;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.escalation.Delivery;
import io.dbarch.web.escalation.EscalationDraft;
import io.dbarch.web.escalation.EscalationRecord;
import io.dbarch.web.escalation.EscalationStore;
import io.dbarch.web.security.Role;
import io.dbarch.web.security.TokenRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The storage behaviour every supported database must show; subclasses provide the database. */
abstract class StorageContract {

    protected abstract Jdbc jdbc();

    private final Clock clock = Clock.systemUTC();

    @Test
    void should_keep_messages_in_order_when_a_conversation_grows() {
        // given
        var store = new ConversationStore(jdbc(), clock);
        store.findOrCreate("c-order", "alice", "  Review   my schema\nplease ").orElseThrow();

        // when
        store.append("c-order", StoredMessage.USER, "first ü €", List.of("art-a"), List.of());
        store.append("c-order", StoredMessage.ASSISTANT, "x".repeat(200_000), List.of(), List.of("esc-1", "esc-2"));

        // then
        List<StoredMessage> messages = store.messages("c-order");
        assertThat(messages).extracting(StoredMessage::role).containsExactly("user", "assistant");
        assertThat(messages.get(0).content()).isEqualTo("first ü €");
        assertThat(messages.get(0).artifactIds()).containsExactly("art-a");
        assertThat(messages.get(1).content()).hasSize(200_000);
        assertThat(messages.get(1).escalationIds()).containsExactly("esc-1", "esc-2");
        assertThat(store.find("c-order").orElseThrow().title()).isEqualTo("Review my schema please");
        assertThat(store.list("alice", 10)).extracting(Conversation::id).contains("c-order");
    }

    @Test
    void should_refuse_the_conversation_when_another_owner_asks_for_it() {
        var store = new ConversationStore(jdbc(), clock);
        store.findOrCreate("c-owned", "alice", "hi").orElseThrow();

        assertThat(store.findOrCreate("c-owned", "mallory", "hi")).isEmpty();
        assertThat(store.findOrCreate("c-owned", "alice", "again")).isPresent();
        assertThat(store.list("mallory", 10)).isEmpty();
    }

    @Test
    void should_return_the_agent_memory_with_tool_calls_when_read_back() {
        // given
        var memory = new JdbcChatMemoryStore(jdbc(), clock);
        var call = ToolExecutionRequest.builder().id("call_1").name("readSchema").arguments("{\"ddl\":\"x\"}").build();
        List<ChatMessage> messages = List.of(SystemMessage.from("persona"), UserMessage.from("review"),
                AiMessage.from(call), ToolExecutionResultMessage.from(call, "2 tables"), AiMessage.from("done"));

        // when
        memory.updateMessages("c-memory", messages);
        memory.updateMessages("c-memory", messages);

        // then
        assertThat(memory.getMessages("c-memory")).isEqualTo(messages);
        memory.deleteMessages("c-memory");
        assertThat(memory.getMessages("c-memory")).isEmpty();
    }

    @Test
    void should_find_an_artifact_only_through_its_conversation() {
        // given
        new ConversationStore(jdbc(), clock).findOrCreate("c-art", "alice", "hi").orElseThrow();
        var artifacts = new JdbcArtifactStore(jdbc(), clock, new Ids());
        byte[] svg = "<svg xmlns='http://www.w3.org/2000/svg'/>".getBytes(StandardCharsets.UTF_8);

        // when
        Artifact saved = artifacts.save("c-art", "erd.svg", "image/svg+xml", svg, "ERD, 2 tables");

        // then
        assertThat(saved.id()).matches("art-[0-9a-z]{20}");
        assertThat(artifacts.find("c-art", saved.id()).orElseThrow().content()).isEqualTo(svg);
        assertThat(artifacts.find("c-other", saved.id())).isEmpty();
        assertThat(artifacts.list("c-art")).extracting(Artifact::name).containsExactly("erd.svg");
    }

    @Test
    void should_queue_one_delivery_per_channel_and_let_only_one_worker_claim_it() {
        // given
        var store = new EscalationStore(jdbc(), clock, new Ids());
        EscalationRecord e = store.raise(new EscalationDraft(Optional.empty(), "alice", "design", "blocker",
                "RPO 0 needs synchronous replication", "rpo 0; async", "sync replica", "product"),
                List.of("slack", "webhook"));

        // when
        List<Delivery> due = store.outbox().due(Instant.now().plusSeconds(1), 100).stream()
                .filter(d -> d.escalationId().equals(e.id())).toList();
        boolean first = store.outbox().claim(due.get(0).id());
        boolean second = store.outbox().claim(due.get(0).id());
        store.outbox().delivered(due.get(0).id(), Instant.now());

        // then
        assertThat(due).extracting(Delivery::channel).containsExactlyInAnyOrder("slack", "webhook");
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(store.deliveries(e.id())).extracting(Delivery::status).containsExactlyInAnyOrder("delivered",
                "pending");
        assertThat(store.find(e.id()).orElseThrow().conversationId()).isEmpty();
    }

    @Test
    void should_requeue_a_delivery_when_a_stopped_process_left_it_mid_send() {
        // given
        var store = new EscalationStore(jdbc(), clock, new Ids());
        EscalationRecord e = store.raise(new EscalationDraft(Optional.empty(), "bob", "agent", "warning", "t", "c",
                "o", "d"), List.of("webhook"));
        long id = store.deliveries(e.id()).get(0).id();
        store.outbox().claim(id);

        // when
        int recovered = store.outbox().recoverInterrupted(Instant.now());

        // then
        assertThat(recovered).isGreaterThanOrEqualTo(1);
        Delivery d = store.deliveries(e.id()).get(0);
        assertThat(d.status()).isEqualTo("pending");
        assertThat(d.attempts()).isEqualTo(1);
    }

    @Test
    void should_keep_an_attempt_start_across_a_restart_until_the_delivery_is_confirmed() {
        // given
        var store = new EscalationStore(jdbc(), clock, new Ids());
        EscalationRecord e = store.raise(new EscalationDraft(Optional.empty(), "carol", "agent", "blocker", "t", "c",
                "o", "d"), List.of("slack"));
        long id = store.deliveries(e.id()).get(0).id();
        Instant started = Instant.parse("2025-11-25T10:00:00.123456Z");

        // when
        assertThatThrownBy(() -> store.outbox().attemptStarted(id, started)).isInstanceOf(IllegalStateException.class);
        store.outbox().claim(id);
        store.outbox().attemptStarted(id, started);
        store.outbox().recoverInterrupted(Instant.now());
        Delivery inDoubt = store.deliveries(e.id()).get(0);
        store.outbox().claim(id);
        store.outbox().delivered(id, Instant.now());

        // then
        assertThat(inDoubt.status()).isEqualTo(Delivery.PENDING);
        assertThat(inDoubt.attemptStartedAt()).contains(started);
        assertThat(store.deliveries(e.id()).get(0).attemptStartedAt()).isEmpty();
    }

    @Test
    void should_keep_audit_events_newest_first_without_control_characters() {
        var audit = new AuditLog(jdbc(), clock);
        audit.record("alice", "chat.turn", "c-1", "ok", "message 12 chars\nsecond line");
        audit.record("alice", "artifact.export", "art-1", "ok", "image/svg+xml");

        var events = audit.recent(10, "");
        assertThat(events.get(0).action()).isEqualTo("artifact.export");
        assertThat(audit.recent(10, "chat.turn")).allSatisfy(ev -> assertThat(ev.detail()).doesNotContain("\n"));
    }

    @Test
    void should_authenticate_a_created_token_until_it_is_revoked() {
        var tokens = new TokenRegistry("", jdbc(), clock);
        String token = tokens.create("ci-" + System.nanoTime() % 100000, Role.ARCHITECT);

        assertThat(tokens.enabled()).isTrue();
        assertThat(tokens.authenticate(token)).hasValueSatisfying(p -> assertThat(p.role()).isEqualTo(Role.ARCHITECT));
        assertThat(tokens.authenticate(token + "x")).isEmpty();
        String name = tokens.authenticate(token).orElseThrow().name();
        assertThat(tokens.revoke(name)).isTrue();
        assertThat(tokens.authenticate(token)).isEmpty();
    }
}
