package io.dbarch.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RunbookTest {

    @Test
    void should_name_the_runbook_a_message_asks_for() {
        assertThat(Runbook.requested("Give me a failover drill runbook for our primary")).contains("failover-drill");
        assertThat(Runbook.requested("We need a restore drill for our backups")).contains("restore-drill");
        assertThat(Runbook.requested("Write a load test plan with pgbench")).contains("load-test");
        assertThat(Runbook.requested("Runbook for the migration cutover please")).contains("migration-cutover");
        assertThat(Runbook.requested("Which runbooks do we need?")).contains("failover-drill");
    }

    @Test
    void should_ask_for_no_runbook_when_the_message_only_discusses_the_topic() {
        assertThat(Runbook.requested("How should failover work with two replicas?")).isEmpty();
        assertThat(Runbook.requested("How often should we restore backups?")).isEmpty();
        assertThat(Runbook.requested("What should I know about Failover and restore drills?")).isEmpty();
        assertThat(Runbook.requested("Do we need drills at all?")).isEmpty();
    }
}
