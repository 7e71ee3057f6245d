package io.dbarch.web;

import dev.langchain4j.model.chat.ChatModel;
import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import io.dbarch.web.escalation.Backoff;
import io.dbarch.web.storage.DatabaseConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/** Starts the app for tests: loopback, a private in-memory H2 database, the offline engine. */
public final class TestApps {

    private TestApps() {
    }

    public static WebApp start(Map<String, String> env) {
        return start(env, DatabaseConfig.h2Memory("t" + UUID.randomUUID().toString().replace("-", "")));
    }

    public static WebApp start(Map<String, String> env, DatabaseConfig database) {
        return start(env, database, new OfflineProtocolEngine());
    }

    public static WebApp start(Map<String, String> env, DatabaseConfig database, ChatModel model) {
        return WebApp.start(Settings.forTest(database, env), offline(model), Clock.systemUTC(),
                new Backoff(Duration.ofMillis(50), Duration.ofMillis(400), 4));
    }

    public static AgentFactory offline(ChatModel model) {
        return parts -> AdvisorAgent.builder().chatModel(model).memoryStore(parts.memory())
                .artifactStore(parts.artifacts()).meter(parts.meter())
                .toolObserver(parts.toolObserver()).build();
    }
}
