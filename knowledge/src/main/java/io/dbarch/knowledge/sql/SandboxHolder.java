package io.dbarch.knowledge.sql;

import java.util.Optional;

/** Lazy holder of the process-wide {@link Sandbox}: started by the first {@link #get()}, never restarted. */
final class SandboxHolder {

    private SandboxHolder() {
    }

    static Sandbox get() {
        if (Holder.FAILURE.isPresent()) {
            RuntimeException failure = Holder.FAILURE.get();
            throw new SandboxException("the shared PostgreSQL sandbox could not start: " + failure.getMessage(),
                    failure);
        }
        return Holder.INSTANCE.orElseThrow();
    }

    private static final class Holder {
        private static final Optional<Sandbox> INSTANCE;
        private static final Optional<RuntimeException> FAILURE;

        static {
            Sandbox started = null;
            RuntimeException failure = null;
            try {
                started = Sandbox.start(SandboxLimits.fromEnvironment(System.getenv()), true);
            } catch (RuntimeException e) {
                failure = e;
            }
            INSTANCE = Optional.ofNullable(started);
            FAILURE = Optional.ofNullable(failure);
        }
    }
}
