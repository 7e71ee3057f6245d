package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.storage.Ids;
import io.dbarch.web.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Escalations and their outbox. An escalation and one delivery row per channel are written in one transaction, so
 * a stored escalation is always on its way to every channel configured when it was raised. Thread-safe.
 */
public final class EscalationStore {

    private static final String SELECT = "SELECT * FROM escalations";

    private final Jdbc jdbc;
    private final Clock clock;
    private final Ids ids;

    public EscalationStore(Jdbc jdbc, Clock clock, Ids ids) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
        this.clock = requireNonNull(clock, "clock");
        this.ids = requireNonNull(ids, "ids");
    }

    /** Stores the escalation and queues it for each of {@code channels}. */
    public EscalationRecord raise(EscalationDraft d, List<String> channels) {
        var e = new EscalationRecord(ids.next("esc"), d.conversationId(), d.owner(), d.source(), d.severity(),
                clip(d.title(), 300), d.conflict(), d.options(), clip(d.decider(), 200), clock.instant());
        jdbc.inTransaction(c -> {
            Jdbc.update(c, "INSERT INTO escalations (id, conversation_id, owner, source, severity, title, conflict, "
                            + "options, decider, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", e.id(),
                    e.conversationId().orElse(null), e.owner(), e.source(), e.severity(), e.title(), e.conflict(),
                    e.options(), e.decider(), e.raisedAt());
            for (String channel : channels) {
                Jdbc.update(c, "INSERT INTO escalation_deliveries (escalation_id, channel, status, attempts, "
                        + "next_attempt_at, last_error) VALUES (?, ?, 'pending', 0, ?, '')", e.id(), channel,
                        e.raisedAt());
            }
            return null;
        });
        return e;
    }

    public Optional<EscalationRecord> find(String id) {
        return jdbc.queryOne(SELECT + " WHERE id = ?", EscalationStore::escalation, id);
    }

    /** Newest first; every owner's when {@code owner} is empty. */
    public List<EscalationRecord> list(Optional<String> owner, int limit) {
        String page = " ORDER BY raised_at DESC, id FETCH FIRST " + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY";
        return owner.map(o -> jdbc.query(SELECT + " WHERE owner = ?" + page, EscalationStore::escalation, o))
                .orElseGet(() -> jdbc.query(SELECT + page, EscalationStore::escalation));
    }

    public List<EscalationRecord> forConversation(String conversationId) {
        return jdbc.query(SELECT + " WHERE conversation_id = ? ORDER BY raised_at, id", EscalationStore::escalation,
                conversationId);
    }

    public List<Delivery> deliveries(String escalationId) {
        return jdbc.query("SELECT * FROM escalation_deliveries WHERE escalation_id = ? ORDER BY id",
                DeliveryRows::delivery, escalationId);
    }

    /** The outbox rows. */
    public DeliveryRows outbox() {
        return new DeliveryRows(jdbc);
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static EscalationRecord escalation(ResultSet row) throws SQLException {
        Instant raised = Jdbc.instant(row, "raised_at");
        return new EscalationRecord(row.getString("id"), Optional.ofNullable(row.getString("conversation_id")),
                row.getString("owner"), row.getString("source"), row.getString("severity"), row.getString("title"),
                row.getString("conflict"), row.getString("options"), row.getString("decider"), raised);
    }
}
