package io.dbarch.web;

import io.dbarch.agent.AdvisorAgent;

/** Builds the agent once the app's storage is open. */
@FunctionalInterface
public interface AgentFactory {

    AdvisorAgent create(AgentParts parts);
}
