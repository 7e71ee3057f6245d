package io.dbarch.web.audit;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.storage.Jdbc;
import java.time.Clock;
import java.util.List;

/** The append-only audit log: this class only inserts and reads. Thread-safe. */
public final class AuditLog {

    private final Jdbc jdbc;
    private final Clock clock;

    public AuditLog(Jdbc jdbc, Clock clock) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Appends an event stamped now. */
    public void record(String actor, String action, String target, String outcome, String detail) {
        var event = new AuditEvent(clock.instant(), actor, action, target, outcome, detail);
        jdbc.update("INSERT INTO audit_events (at, actor, action, target, outcome, detail) VALUES (?, ?, ?, ?, ?, ?)",
                event.at(), event.actor(), event.action(), event.target(), event.outcome(), event.detail());
    }

    /** The newest events first, optionally only those of one action. */
    public List<AuditEvent> recent(int limit, String action) {
        String where = action.isEmpty() ? "" : " WHERE action = ?";
        Object[] params = action.isEmpty() ? new Object[0] : new Object[] {action};
        return jdbc.query("SELECT * FROM audit_events" + where + " ORDER BY id DESC FETCH FIRST "
                        + Math.max(1, Math.min(limit, 1000)) + " ROWS ONLY",
                row -> new AuditEvent(Jdbc.instant(row, "at"), row.getString("actor"), row.getString("action"),
                        row.getString("target"), row.getString("outcome"), row.getString("detail")), params);
    }
}
