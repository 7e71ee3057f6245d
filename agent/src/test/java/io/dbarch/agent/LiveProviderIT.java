package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Against live providers, only when their key is set. {@code mvn verify} runs it (failsafe); alone:
 * {@code OPENAI_API_KEY=… mvn -pl agent -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LiveProviderIT {

    private static final String DDL = """
            ```sql
            CREATE TABLE customer (id int PRIMARY KEY, email varchar(200));
            CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customer (id), total float);
            ```""";

    private static AdvisorReply ask(String provider) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("DBARCH_MODEL_PROVIDER", provider);
        AdvisorAgent agent = AdvisorAgent.builder().environment(env).build();
        return agent.ask("live", "Lint this schema and tell me the two most important fixes.\n" + DDL);
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "OPENAI_API_KEY", matches = ".+")
    void should_lint_through_tools_when_openai_answers() {
        AdvisorReply reply = ask("openai");
        assertThat(reply.answer()).doesNotStartWith("> Note: the language model").isNotBlank();
        assertThat(reply.toolsUsed()).containsAnyOf("lintSchema", "inspectSchema");
        assertThat(reply.answer()).doesNotContain(System.getenv("OPENAI_API_KEY"));
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ANTHROPIC_API_KEY", matches = ".+")
    void should_lint_through_tools_when_anthropic_answers() {
        AdvisorReply reply = ask("anthropic");
        assertThat(reply.answer()).doesNotStartWith("> Note: the language model").isNotBlank();
        assertThat(reply.toolsUsed()).containsAnyOf("lintSchema", "inspectSchema");
        assertThat(reply.answer()).doesNotContain(System.getenv("ANTHROPIC_API_KEY"));
    }
}
