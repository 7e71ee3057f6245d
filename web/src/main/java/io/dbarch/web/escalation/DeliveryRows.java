package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.storage.Jdbc;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox's state changes. A worker claims a due row ({@code pending → sending}) with a conditional update, so
 * two workers never send the same row; the outcome moves it to {@code delivered}, back to {@code pending} with a
 * later time, or to {@code failed}. For channels that can be asked whether a notice arrived, the start of each
 * attempt is committed before sending ({@link #attemptStarted}).
 */
public final class DeliveryRows {

    private final Jdbc jdbc;

    DeliveryRows(Jdbc jdbc) {
        this.jdbc = requireNonNull(jdbc, "jdbc");
    }

    /** Pending rows whose time has come, oldest first. */
    public List<Delivery> due(Instant now, int limit) {
        return jdbc.query("SELECT * FROM escalation_deliveries WHERE status = 'pending' AND next_attempt_at <= ? "
                + "ORDER BY next_attempt_at, id FETCH FIRST " + limit + " ROWS ONLY", DeliveryRows::delivery, now);
    }

    /** True when this caller won the row. */
    public boolean claim(long id) {
        return jdbc.update("UPDATE escalation_deliveries SET status = 'sending', attempts = attempts + 1 "
                + "WHERE id = ? AND status = 'pending'", id) == 1;
    }

    /**
     * Records, before the notice goes out, that an attempt on a claimed row began at {@code at}: until the row is
     * delivered, the notice may be at the receiver.
     *
     * @throws IllegalStateException when the row is not claimed (nothing may be sent then)
     */
    public void attemptStarted(long id, Instant at) {
        if (jdbc.update("UPDATE escalation_deliveries SET attempt_started_at = ? WHERE id = ? AND status = 'sending'",
                at, id) != 1) {
            throw new IllegalStateException("delivery " + id + " is not claimed; not sending it");
        }
    }

    public void delivered(long id, Instant at) {
        jdbc.update("UPDATE escalation_deliveries SET status = 'delivered', delivered_at = ?, last_error = '', "
                + "attempt_started_at = NULL WHERE id = ? AND status = 'sending'", at, id);
    }

    public void retryAt(long id, Instant next, String error) {
        jdbc.update("UPDATE escalation_deliveries SET status = 'pending', next_attempt_at = ?, last_error = ? "
                + "WHERE id = ? AND status = 'sending'", next, EscalationStore.clip(error, 500), id);
    }

    public void failed(long id, String error) {
        jdbc.update("UPDATE escalation_deliveries SET status = 'failed', last_error = ? "
                + "WHERE id = ? AND status = 'sending'", EscalationStore.clip(error, 500), id);
    }

    /**
     * Rows left in {@code sending} by a process that stopped mid-send go back to {@code pending}: they are sent
     * again with the same delivery key, so that a receiver can tell the repeat, or, when the attempt's start was
     * recorded, looked for at the receiver first. Returns how many.
     */
    public int recoverInterrupted(Instant now) {
        return jdbc.update("UPDATE escalation_deliveries SET status = 'pending', next_attempt_at = ?, "
                + "last_error = 'interrupted by a restart; resumed with the same delivery key' "
                + "WHERE status = 'sending'", now);
    }

    /** Counts by status, for health and tests. */
    public long count(String status) {
        return jdbc.queryOne("SELECT COUNT(*) FROM escalation_deliveries WHERE status = ?", row -> row.getLong(1),
                status).orElse(0L);
    }

    static Delivery delivery(ResultSet row) throws SQLException {
        return new Delivery(row.getLong("id"), row.getString("escalation_id"), row.getString("channel"),
                row.getString("status"), row.getInt("attempts"), Jdbc.instant(row, "next_attempt_at"),
                row.getString("last_error"), optionalInstant(row, "delivered_at"),
                optionalInstant(row, "attempt_started_at"));
    }

    private static Optional<Instant> optionalInstant(ResultSet row, String column) throws SQLException {
        return row.getObject(column) == null ? Optional.empty() : Optional.of(Jdbc.instant(row, column));
    }
}
