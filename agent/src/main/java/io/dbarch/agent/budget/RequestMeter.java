package io.dbarch.agent.budget;

/** Receives the size of every request sent to a model, in tokens (prompt plus reserved answer room). */
@FunctionalInterface
public interface RequestMeter {

    RequestMeter NONE = tokens -> { };

    void record(int tokens);
}
