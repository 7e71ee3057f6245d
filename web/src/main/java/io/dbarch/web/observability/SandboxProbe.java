package io.dbarch.web.observability;

import io.dbarch.knowledge.sql.Sandbox;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The PostgreSQL sandbox's state for {@code /health}: {@code disabled}, {@code starting}, {@code up}, or
 * {@code down} with the reason. {@link #startInBackground()} starts the shared sandbox off the request path, so
 * the first migration check does not wait for it.
 */
public final class SandboxProbe {

    private final AtomicReference<String> state;

    private SandboxProbe(String initial) {
        this.state = new AtomicReference<>(initial);
    }

    public static SandboxProbe disabled() {
        return new SandboxProbe("disabled");
    }

    public static SandboxProbe startInBackground() {
        var probe = new SandboxProbe("starting");
        Thread starter = new Thread(() -> {
            try {
                Sandbox.shared();
                probe.state.set("up");
            } catch (RuntimeException e) {
                probe.state.set("down: " + e.getMessage());
            }
        }, "dbarch-sandbox-start");
        starter.setDaemon(true);
        starter.start();
        return probe;
    }

    public String state() {
        return state.get();
    }
}
