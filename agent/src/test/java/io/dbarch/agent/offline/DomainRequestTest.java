package io.dbarch.agent.offline;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.knowledge.design.RequirementsReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DomainRequestTest {

    @Test
    void should_list_the_named_entities_singular_when_a_design_is_asked_for() {
        assertThat(DomainRequest.requested("Design a schema for a library: books, members, loans, fines")).isTrue();
        assertThat(DomainRequest.entities("Design a schema for a library: books, members, loans and fines"))
                .containsExactly("book", "member", "loan", "fine");
        assertThat(DomainRequest.entities("Model a database for clinics with patients, appointments, invoices"))
                .containsExactly("patient", "appointment", "invoice");
    }

    @Test
    void should_not_take_a_question_without_entities_for_a_domain() {
        assertThat(DomainRequest.entities("Design a multi-tenant database")).isEmpty();
        assertThat(DomainRequest.requested("How do I size the server?")).isFalse();
    }

    @Test
    void should_offer_a_requirements_file_that_is_valid_as_it_stands() {
        // when
        String answer = DomainRequest.compose("Design a schema for a library: books, members, loans, fines");
        Matcher yaml = Pattern.compile("(?s)```yaml\\n(.*?)```").matcher(answer);

        // then
        assertThat(yaml.find()).isTrue();
        var read = new RequirementsReader().read(yaml.group(1));
        assertThat(read.valid()).as(read.errorText()).isTrue();
        assertThat(yaml.group(1)).contains("name: library", "- name: book", "- name: fine", "relationships: []");
    }
}
