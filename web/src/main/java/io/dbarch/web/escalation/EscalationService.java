package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.audit.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Raises escalations: stores each with one outbox row per configured channel, counts it, audits it and wakes the
 * outbox worker. Thread-safe.
 */
public final class EscalationService {

    private final EscalationStore store;
    private final List<String> channels;
    private final OutboxWorker worker;
    private final AuditLog audit;
    private final MeterRegistry metrics;

    public EscalationService(EscalationStore store, List<EscalationChannel> channels, OutboxWorker worker,
            AuditLog audit, MeterRegistry metrics) {
        this.store = requireNonNull(store, "store");
        this.channels = channels.stream().map(EscalationChannel::name).toList();
        this.worker = requireNonNull(worker, "worker");
        this.audit = requireNonNull(audit, "audit");
        this.metrics = requireNonNull(metrics, "metrics");
    }

    public List<EscalationRecord> raise(List<EscalationDraft> drafts) {
        List<EscalationRecord> raised = drafts.stream().map(d -> store.raise(d, channels)).toList();
        for (EscalationRecord e : raised) {
            metrics.counter("dbarch.escalations.raised", "source", e.source()).increment();
            audit.record(e.owner(), "escalation.raised", e.id(), "ok", e.severity() + ", " + e.source()
                    + ", channels " + (channels.isEmpty() ? "none" : String.join(" ", channels)));
        }
        if (!raised.isEmpty()) {
            worker.wake();
        }
        return raised;
    }

    public Optional<EscalationRecord> find(String id) {
        return store.find(id);
    }

    public List<EscalationRecord> list(Optional<String> owner, int limit) {
        return store.list(owner, limit);
    }

    public List<EscalationRecord> forConversation(String conversationId) {
        return store.forConversation(conversationId);
    }

    public List<Delivery> deliveries(String escalationId) {
        return store.deliveries(escalationId);
    }

    /** The names of the configured channels. */
    public List<String> channels() {
        return channels;
    }
}
