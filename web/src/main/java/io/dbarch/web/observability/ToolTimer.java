package io.dbarch.web.observability;

import static java.util.Objects.requireNonNull;

import io.dbarch.agent.ToolObserver;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Times every tool the agent runs into {@code dbarch.tool.duration}, tagged with the tool's registered name (a
 * fixed set, never user text) and {@code outcome} {@code ok} or {@code error}, with a percentile histogram.
 */
public final class ToolTimer implements ToolObserver {

    public static final String METRIC = "dbarch.tool.duration";

    private final MeterRegistry metrics;

    public ToolTimer(MeterRegistry metrics) {
        this.metrics = requireNonNull(metrics, "metrics");
    }

    @Override
    public void toolFinished(String tool, Duration took, boolean failed) {
        Timer.builder(METRIC).description("time of each tool run by the agent").tag("tool", tool)
                .tag("outcome", failed ? "error" : "ok").publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1)).maximumExpectedValue(Duration.ofMinutes(5))
                .register(metrics).record(took);
    }
}
