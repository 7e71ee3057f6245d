package io.dbarch.agent;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.intake.Attachment;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The offline engine driving the standard tools end to end. */
class OfflineAgentTest {

    private static final String SHOP = """
            CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customer (id),
                placed_at timestamptz NOT NULL);
            CREATE TABLE order_item (order_id bigint REFERENCES orders (id), sku text, qty int);
            """;

    private final AdvisorAgent agent = AdvisorAgent.builder().chatModel(new OfflineProtocolEngine()).build();

    @Test
    void should_review_inline_ddl_with_summary_erd_and_artifacts_when_a_schema_is_pasted() {
        // when
        AdvisorReply reply = agent.ask("c1", "Please review:\n```sql\n" + SHOP + "```");

        // then
        assertThat(reply.toolsUsed()).containsExactly("inspectSchema", "lintSchema", "renderErd");
        assertThat(reply.answer()).startsWith("## Summary").contains("Tables (3): public.customer (2 columns)")
                .contains("## Findings").contains("require-primary-key at pasted.sql:4:1 (public.order_item)")
                .contains("## ERD").contains("3 tables and 2 relationships").contains("## Next steps");
        assertThat(reply.artifacts()).extracting(Artifact::name)
                .contains("pasted.sql", "lint-report.txt", "erd.svg", "erd.puml", "erd.mmd");
        Artifact svg = reply.artifacts().stream().filter(a -> a.name().equals("erd.svg")).findFirst().orElseThrow();
        assertThat(reply.answer()).contains(svg.id() + " erd.svg");
        assertThat(svg.text()).contains("<svg");
    }

    @Test
    void should_describe_a_table_of_the_earlier_schema_when_asked_in_a_later_turn() {
        // given
        AdvisorReply first = agent.ask("c2", "Review", List.of(new Attachment("shop.sql", SHOP)));
        String ddlId = first.artifacts().get(0).id();

        // when
        AdvisorReply reply = agent.ask("c2", "Describe table orders");

        // then
        assertThat(first.answer()).contains("I read " + ddlId + " (shop.sql)");
        assertThat(reply.toolsUsed()).containsExactly("describeTable");
        assertThat(reply.answer()).contains("Table public.orders (shop.sql:2:1), 3 columns")
                .contains("customer_id bigint not null").contains("Referenced by (1): public.order_item(order_id)");
    }

    @Test
    void should_move_a_large_schema_to_an_artifact_and_review_it_by_id_when_it_is_pasted() {
        // given
        String ddl = SyntheticSchema.of(50);

        // when
        AdvisorReply reply = agent.ask("c3", "```sql\n" + ddl + "```");

        // then
        Artifact pasted = reply.artifacts().get(0);
        assertThat(pasted.name()).isEqualTo("pasted.sql");
        assertThat(pasted.text()).isEqualTo(ddl.strip());
        assertThat(reply.answer()).contains("I read " + pasted.id() + " (pasted.sql)").contains("Objects: 50 tables")
                .contains("Split into");
    }

    @Test
    void should_page_through_an_artifact_when_the_user_asks_to_read_it() {
        // given
        AdvisorReply first = agent.ask("c4", "```sql\n" + SyntheticSchema.of(50) + "```");
        String id = first.artifacts().get(0).id();

        // when
        AdvisorReply reply = agent.ask("c4", "Show page 2 of " + id);

        // then
        assertThat(reply.toolsUsed()).containsExactly("readArtifact");
        assertThat(reply.answer()).contains(id + " pasted.sql (application/sql), page 2 of").contains("CREATE TABLE");
    }

    @Test
    void should_check_conflicts_design_and_raise_escalations_when_requirements_are_attached() throws Exception {
        // given
        Path yaml = Path.of("../knowledge/src/test/resources/design/saas-multi-tenant.yaml");
        Assumptions.assumeTrue(Files.exists(yaml), "requirements sample not found at " + yaml);

        // when
        AdvisorReply reply = agent.ask("c5", "Design our multi-tenant DB",
                List.of(new Attachment("saas.yaml", Files.readString(yaml))));

        // then
        assertThat(reply.toolsUsed()).containsExactly("checkRequirements", "recommendTenancy", "designSchema",
                "designSection", "designSection", "raiseEscalation", "raiseEscalation");
        assertThat(reply.escalations()).extracting(e -> e.title()).containsExactly(
                "Backups keep erased personal data longer than the erasure deadline",
                "A restore from backup takes longer than the RTO");
        assertThat(reply.answer()).contains("## Deliverables").contains("## HA/DR").contains("## Capacity")
                .contains("Recommended: SHARED_SCHEMA")
                .contains("## Escalations").contains("erasure-vs-backup-retention")
                .contains("I raised 2 escalations");
        assertThat(reply.artifacts()).extracting(Artifact::name).contains("schema-postgresql.sql",
                "design-hadr.md", "design-capacity.md");
    }

    @Test
    void should_compare_tenancy_models_from_the_knowledge_base_when_asked_to_design_a_multi_tenant_db() {
        // when
        AdvisorReply reply = agent.ask("seed-1", "Design multi-tenant DB");

        // then
        assertThat(reply.toolsUsed()).containsExactly("searchKnowledge");
        assertThat(reply.answer()).startsWith("## Summary").contains("Shared schema with a tenant_id column fits")
                .contains("Schema per tenant").contains("Database per tenant").contains("row-level security")
                .contains("## Trade-offs and alternatives").contains("## Risks")
                .contains("kb:multi-tenancy-models").contains("How many tenants do you have now");
        String summary = reply.answer().substring(0, reply.answer().indexOf("## Trade-offs"));
        assertThat(summary.split("\\*\\*Multi-tenancy models", -1)).as("the article's title once in the summary")
                .hasSize(2);
    }

    @Test
    void should_quote_the_knowledge_base_in_full_when_it_shares_words_with_the_system_prompt() {
        // when: the HA article says "RPO (how much data may be lost) and RTO (how long recovery may take)", as the
        // system prompt's input checklist does
        AdvisorReply reply = agent.ask("ha-1", "How do I get RPO 0 and RTO under a minute across two zones?");

        // then
        assertThat(reply.answer()).contains("RPO (how much data may be lost) and RTO (how long recovery may take)")
                .doesNotContain("withheld");
    }

    @Test
    void should_raise_an_escalation_when_a_message_asks_for_global_writes_strict_consistency_and_low_latency() {
        // when
        AdvisorReply reply = agent.ask("global-1", "We need writes accepted in three regions (US, EU, APAC), strict "
                + "serializable consistency, and p99 write latency under 20 ms. Design the database.");

        // then
        assertThat(reply.toolsUsed()).containsExactly("searchKnowledge", "checkRequirements", "raiseEscalation");
        assertThat(reply.escalations()).extracting(e -> e.title())
                .containsExactly("Writes from several regions with strict consistency cannot meet the latency target");
        assertThat(reply.answer()).contains("cannot all hold").contains("## Escalations")
                .contains("global-writes-strict-consistency").contains("I raised 1 escalation");
    }

    @Test
    void should_raise_nothing_when_the_latency_target_allows_the_round_trip() {
        // when
        AdvisorReply reply = agent.ask("global-2", "We need writes accepted in three regions (US, EU, APAC), strict "
                + "serializable consistency, and p99 write latency under 400 ms.");

        // then
        assertThat(reply.toolsUsed()).containsExactly("searchKnowledge", "checkRequirements");
        assertThat(reply.escalations()).isEmpty();
        assertThat(reply.answer()).doesNotContain("## Escalations");
    }

    @Test
    void should_write_the_runbooks_and_show_the_one_asked_for_when_a_drill_runbook_is_requested() {
        // when
        AdvisorReply reply = agent.ask("runbook-1", "Give me a failover drill runbook for our PostgreSQL primary");

        // then
        assertThat(reply.toolsUsed()).containsExactly("designSection", "readArtifact");
        assertThat(reply.answer()).contains("# Failover drill").contains("pg_stat_replication")
                .contains("Runbook files:").doesNotContain("page 1 of");
        assertThat(reply.artifacts()).extracting(Artifact::name).contains("failover-drill.md", "restore-drill.md",
                "load-test.md", "migration-cutover.md");
    }

    @Test
    void should_show_the_restore_drill_when_that_one_is_asked_for() {
        // when
        AdvisorReply reply = agent.ask("runbook-2", "We need a restore drill runbook");

        // then
        assertThat(reply.answer()).contains("# Restore drill").doesNotContain("# Failover drill");
    }

    @Test
    void should_answer_what_to_change_first_from_the_lint_of_the_schema_under_discussion() {
        // given
        agent.ask("first-1", "Review this schema\n```sql\n" + SHOP + "```");

        // when
        AdvisorReply reply = agent.ask("first-1", "What would you change first?");

        // then
        assertThat(reply.toolsUsed()).containsExactly("lintSchema");
        assertThat(reply.answer()).contains("What I would change first").contains("Most serious")
                .contains("require-primary-key").contains("Fix:");
    }

    @Test
    void should_list_every_finding_of_the_rule_a_follow_up_asks_about() {
        // given
        agent.ask("fk-1", "Review this schema\n```sql\n" + SHOP + "```");

        // when
        AdvisorReply reply = agent.ask("fk-1", "Which tables have no index on their foreign keys?");

        // then
        assertThat(reply.toolsUsed()).containsExactly("lintSchema");
        assertThat(reply.answer()).contains("of require-foreign-key-index").contains("public.orders(customer_id)")
                .contains("public.order_item(order_id)").doesNotContain("require-primary-key");
    }

    @Test
    void should_say_no_when_the_rule_asked_about_finds_nothing() {
        // given
        agent.ask("pk-1", "Review this schema\n```sql\n" + SHOP.replace("(order_id bigint", "(id bigint PRIMARY KEY,"
                + " order_id bigint") + "```");

        // when
        AdvisorReply reply = agent.ask("pk-1", "Are there tables without a primary key?");

        // then
        assertThat(reply.answer()).contains("No: ").contains("has no finding of require-primary-key")
                .doesNotContain("## Findings");
    }

    @Test
    void should_not_lint_when_no_schema_is_under_discussion() {
        // when
        AdvisorReply reply = agent.ask("first-2", "What would you change first?");

        // then
        assertThat(reply.toolsUsed()).doesNotContain("lintSchema");
    }

    @Test
    void should_write_roles_and_their_grant_script_when_least_privilege_roles_are_requested() {
        // when
        AdvisorReply reply = agent.ask("roles-1", "Create least-privilege roles for our app, a migration user and "
                + "analysts");

        // then
        assertThat(reply.toolsUsed()).containsExactly("designSection", "readArtifact");
        assertThat(reply.answer()).contains("| analyst |").contains("CREATE ROLE app_rw NOLOGIN;")
                .contains("ALTER DEFAULT PRIVILEGES").doesNotContain("PASSWORD").doesNotContain("page 1 of");
        assertThat(reply.artifacts()).extracting(Artifact::name).contains("grants.sql", "design-security.md");
    }

    @Test
    void should_answer_a_question_about_access_from_the_knowledge_base() {
        // when
        AdvisorReply reply = agent.ask("roles-2", "How should analysts get read access without touching PII?");

        // then
        assertThat(reply.toolsUsed()).containsExactly("searchKnowledge");
    }

    @Test
    void should_ask_for_attributes_and_relationships_with_a_file_to_fill_when_a_domain_is_named_in_prose() {
        // when
        AdvisorReply reply = agent.ask("domain-1", "Design a schema for a library: books, members, loans, fines");

        // then
        assertThat(reply.toolsUsed()).isEmpty();
        assertThat(reply.answer()).contains("I will not guess them").contains("```yaml").contains("- name: loan");

        // and when the file comes back, the design follows
        String yaml = reply.answer().substring(reply.answer().indexOf("```yaml"), reply.answer().indexOf("```\n",
                reply.answer().indexOf("```yaml") + 7) + 3);
        AdvisorReply design = agent.ask("domain-1", "Here it is\n" + yaml);
        assertThat(design.toolsUsed()).contains("checkRequirements", "designSchema");
        assertThat(design.artifacts()).extracting(Artifact::name).contains("schema-postgresql.sql");
    }

    @Test
    void should_answer_a_tenancy_design_question_from_the_knowledge_base_when_no_entities_are_named() {
        // when
        AdvisorReply reply = agent.ask("domain-2", "Design a multi-tenant database");

        // then
        assertThat(reply.toolsUsed()).containsExactly("searchKnowledge");
    }

    @Test
    void should_size_the_server_from_the_numbers_of_a_sizing_question() {
        // when
        AdvisorReply reply = agent.ask("cap-1", "I have 200 GB growing 10 GB a month, 5k writes/s at peak. How big "
                + "a server do I need?");

        // then
        assertThat(reply.toolsUsed()).containsExactly("designSection");
        assertThat(reply.answer()).contains("data 200 GB, growth 60 % a year, 5,000 writes/s at peak")
                .contains("Three-year projection").contains("IOPS").contains("Sharding")
                .doesNotContain("### Partitioning");
    }

    @Test
    void should_answer_a_how_to_question_about_a_table_from_the_knowledge_base_when_no_schema_is_pasted() {
        // when: "table without" is not a table named "without"
        AdvisorReply reply = agent.ask("howto-1", "How do I add a NOT NULL column to a big users table without "
                + "downtime?");

        // then
        assertThat(reply.toolsUsed()).containsExactly("searchKnowledge");
        assertThat(reply.answer()).contains("kb:zero-downtime");
    }

    @Test
    void should_recommend_cdc_to_a_warehouse_or_a_replica_when_asked_to_offload_reporting() {
        // when
        AdvisorReply reply = agent.ask("seed-2", "Offload reporting");

        // then
        assertThat(reply.toolsUsed()).containsExactly("searchKnowledge");
        assertThat(reply.answer()).contains("Change data capture").contains("warehouse").contains("read replica")
                .contains("Materialized views").contains("kb:analytics-offload").contains("kb:cdc")
                .contains("how fresh must they be");
    }

    @Test
    void should_draft_an_online_migration_with_hazards_and_decisions_when_two_schemas_are_attached() {
        // given
        String target = SHOP.replace("email text NOT NULL UNIQUE", "email text NOT NULL UNIQUE, name text NOT NULL")
                + "CREATE INDEX order_item_order_ix ON order_item (order_id);\n";

        // when
        AdvisorReply reply = agent.ask("c6", "How do I get from v1 to v2?",
                List.of(new Attachment("v1.sql", SHOP), new Attachment("v2.sql", target)));

        // then
        assertThat(reply.toolsUsed()).containsExactly("draftMigration");
        assertThat(reply.answer()).contains("Migration from art-1 (v1.sql) (current) to art-2 (v2.sql) (target)")
                .contains("## Migration plan").contains("create index order_item_order_ix on public.order_item "
                        + "(outside a transaction)").contains("## Risks")
                .contains("Decide: backfill value public.customer.name");
        Artifact scripts = reply.artifacts().stream().filter(a -> a.name().equals("migration-scripts.sql"))
                .findFirst().orElseThrow();
        assertThat(scripts.text()).contains("CREATE INDEX CONCURRENTLY");
    }

    @Test
    void should_not_read_another_conversations_artifact_when_its_id_is_named() {
        // given
        String id = agent.ask("owner", "```sql\n" + SHOP + "```").artifacts().get(0).id();

        // when
        AdvisorReply reply = agent.ask("intruder", "read " + id);

        // then
        assertThat(reply.answer()).contains("No artifact '" + id + "' in this conversation").doesNotContain("customer");
    }
}
