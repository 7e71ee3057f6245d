package io.dbarch.agent.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DdlDetectorTest {

    private final DdlDetector detector = new DdlDetector();

    @Test
    void should_return_the_fenced_block_when_labelled_sql() {
        // given
        String message = "Please review:\n```sql\nCREATE TABLE t (id int);\n```\nThanks!";

        // then
        assertThat(detector.detect(message)).contains("CREATE TABLE t (id int);");
    }

    @Test
    void should_join_every_sql_block_when_there_are_several() {
        // given
        String message = "```sql\nCREATE TABLE a (id int);\n```\nand\n```mysql\nCREATE TABLE b (id int);\n```";

        // then
        assertThat(detector.detect(message)).contains("CREATE TABLE a (id int);\n\nCREATE TABLE b (id int);");
    }

    @Test
    void should_take_an_unlabelled_fence_when_it_holds_ddl() {
        assertThat(detector.detect("```\nalter table t add column x int;\n```"))
                .contains("alter table t add column x int;");
    }

    @Test
    void should_ignore_an_unlabelled_fence_when_it_holds_no_ddl() {
        assertThat(detector.detect("My logs:\n```\nERROR: deadlock detected\n```")).isEmpty();
    }

    @Test
    void should_take_the_rest_of_an_unclosed_sql_fence() {
        assertThat(detector.detect("```sql\nCREATE TABLE t (id int);")).contains("CREATE TABLE t (id int);");
    }

    @Test
    void should_take_text_from_the_first_statement_when_ddl_is_not_fenced() {
        // given
        String message = "Here is my schema: create unique index ix on t (a);\nCREATE TABLE t (a int);";

        // then
        assertThat(detector.detect(message)).contains("create unique index ix on t (a);\nCREATE TABLE t (a int);");
    }

    @Test
    void should_find_no_ddl_when_a_question_only_mentions_create_table() {
        assertThat(detector.detect("Should I alter table orders to add a status column?")).isEmpty();
        assertThat(detector.detect("How do I create a table for invoices")).isEmpty();
    }

    @Test
    void should_find_no_ddl_when_the_message_is_prose() {
        assertThat(detector.detect("We need 99.99% availability and RPO of 5 minutes. What topology?")).isEmpty();
    }
}
