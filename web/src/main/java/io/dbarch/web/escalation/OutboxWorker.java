package io.dbarch.web.escalation;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.audit.AuditLog;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the outbox: every poll it claims due rows, sends each through its channel and records the outcome
 * (delivered, retry later with {@link Backoff}, or failed); a {@link DeliveryAttempt} makes sure a notice that may
 * already be at a queryable channel is looked for there, not sent again. On start it puts rows a stopped process
 * left mid-send back in the queue. One worker thread; {@link #wake()} polls at once.
 */
public final class OutboxWorker implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxWorker.class);

    private final EscalationStore store;
    private final Map<String, EscalationChannel> channels;
    private final Backoff backoff;
    private final Clock clock;
    private final AuditLog audit;
    private final MeterRegistry metrics;
    private final DeliveryAttempt sending;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dbarch-outbox");
        t.setDaemon(true);
        return t;
    });

    public OutboxWorker(EscalationStore store, List<EscalationChannel> channels, Backoff backoff, Clock clock,
            AuditLog audit, MeterRegistry metrics) {
        this.store = requireNonNull(store, "store");
        this.channels = channels.stream().collect(Collectors.toMap(EscalationChannel::name, Function.identity()));
        this.backoff = requireNonNull(backoff, "backoff");
        this.clock = requireNonNull(clock, "clock");
        this.audit = requireNonNull(audit, "audit");
        this.metrics = requireNonNull(metrics, "metrics");
        this.sending = new DeliveryAttempt(store.outbox(), clock);
    }

    /** Recovers interrupted rows, then polls every {@code interval}. */
    public void start(Duration interval) {
        int recovered = store.outbox().recoverInterrupted(clock.instant());
        if (recovered > 0) {
            LOG.info("{} escalation deliveries were interrupted by a stop; resuming them", recovered);
        }
        executor.scheduleWithFixedDelay(this::pollSafely, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Polls now (asynchronously), e.g. right after an escalation was stored. */
    public void wake() {
        if (!executor.isShutdown()) {
            executor.execute(this::pollSafely);
        }
    }

    /** Sends every due row once; returns how many were attempted. Runs on the caller's thread. */
    public int poll() {
        int attempted = 0;
        for (Delivery d : store.outbox().due(clock.instant(), 50)) {
            if (store.outbox().claim(d.id())) {
                attempted++;
                deliver(d, d.attempts() + 1);
            }
        }
        return attempted;
    }

    private void deliver(Delivery d, int attempt) {
        Optional<EscalationRecord> escalation = store.find(d.escalationId());
        EscalationChannel channel = channels.get(d.channel());
        SendOutcome outcome = escalation.isEmpty() ? SendOutcome.permanent("the escalation no longer exists")
                : channel == null ? SendOutcome.permanent("channel '" + d.channel() + "' is no longer configured")
                : sending.run(d, channel, escalation.get());
        if (outcome.delivered()) {
            store.outbox().delivered(d.id(), clock.instant());
            metrics.counter("dbarch.escalations.delivered", "channel", d.channel()).increment();
            audit.record("system", "escalation.delivered", d.key(), "ok", "attempt " + attempt);
        } else if (outcome.retryable() && attempt < backoff.maxAttempts()) {
            Duration wait = outcome.retryAfter().filter(a -> a.compareTo(backoff.after(attempt)) > 0)
                    .orElseGet(() -> backoff.after(attempt));
            store.outbox().retryAt(d.id(), clock.instant().plus(wait), outcome.error());
            metrics.counter("dbarch.escalations.retries", "channel", d.channel()).increment();
        } else {
            store.outbox().failed(d.id(), outcome.error());
            metrics.counter("dbarch.escalations.failed", "channel", d.channel()).increment();
            audit.record("system", "escalation.delivered", d.key(), "failed", outcome.error());
            LOG.warn("Escalation delivery {} failed for good after {} attempts: {}", d.key(), attempt,
                    outcome.error());
        }
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            LOG.warn("Escalation outbox poll failed: {}", e.getMessage());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
