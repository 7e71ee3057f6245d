package io.dbarch.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FindingsRequestTest {

    @Test
    void should_read_what_to_change_first_and_rule_questions() {
        assertThat(FindingsRequest.find("What would you change first?")).contains(FindingsRequest.FIRST);
        assertThat(FindingsRequest.find("Where should we start?")).contains(FindingsRequest.FIRST);
        assertThat(FindingsRequest.find("Which tables have no index on their foreign keys?"))
                .contains("require-foreign-key-index");
        assertThat(FindingsRequest.find("Are there tables without a primary key?")).contains("require-primary-key");
        assertThat(FindingsRequest.find("Show me the redundant indexes")).contains("redundant-index");
    }

    @Test
    void should_leave_other_questions_to_the_knowledge_base() {
        assertThat(FindingsRequest.find("How do primary keys work with partitioning")).isEmpty();
        assertThat(FindingsRequest.find("Explain row-level security")).isEmpty();
    }
}
