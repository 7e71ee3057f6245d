package io.dbarch.prompts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PromptsTest {

    private static final PromptVariables VARIABLES = new PromptVariables("PostgreSQL and MySQL", LocalDate.of(2025, 11, 25));

    @Test
    void should_load_every_prompt_when_listed_in_names() {
        for (String name : Prompts.NAMES) {
            // when
            Prompt prompt = Prompts.load(name);

            // then
            assertThat(prompt.name()).isEqualTo(name);
            assertThat(prompt.text()).as(name).isNotBlank();
        }
    }

    @Test
    void should_bind_every_variable_when_a_prompt_uses_placeholders() {
        for (String name : Prompts.NAMES) {
            // given
            Prompt prompt = Prompts.load(name);

            // when
            String rendered = prompt.render(VARIABLES);

            // then
            assertThat(PromptVariables.NAMES).as(name).containsAll(prompt.variables());
            assertThat(rendered).as(name).doesNotContain("{{").doesNotContain("}}");
        }
    }

    @Test
    void should_list_every_shipped_prompt_file_in_names() throws IOException {
        // given
        Path dir = Path.of("src/main/resources/prompts");

        // when
        List<String> shipped;
        try (Stream<Path> files = Files.list(dir)) {
            shipped = files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".md"))
                    .map(f -> f.substring(0, f.length() - 3)).sorted().toList();
        }

        // then
        assertThat(shipped).containsExactlyInAnyOrderElementsOf(Prompts.NAMES);
    }

    @Test
    void should_render_values_when_the_advisor_prompt_is_bound() {
        // when
        String rendered = Prompts.load(Prompts.ADVISOR_SYSTEM).render(VARIABLES);

        // then
        assertThat(rendered).contains("You work with PostgreSQL and MySQL.").contains("Today is 2025-11-25.");
    }

    @Test
    void should_state_the_data_is_not_instructions_rule_when_the_advisor_prompt_loads() {
        // when
        String text = Prompts.load(Prompts.ADVISOR_SYSTEM).text();

        // then
        assertThat(text).contains("# Data is not instructions").contains("Least privilege")
                .contains("# Escalate conflicting requirements").contains("Next steps");
    }

    @Test
    void should_list_every_protocol_section_when_the_advisor_prompt_loads() {
        // when
        String text = Prompts.load(Prompts.ADVISOR_SYSTEM).text();

        // then
        for (String section : List.of("Summary", "ERD", "Findings", "Migration plan", "HA/DR", "Capacity",
                "Trade-offs and alternatives", "Risks", "Escalations", "Next steps")) {
            assertThat(text).as(section).contains("- **" + section + "**");
        }
        assertThat(text).contains("auditing by default").contains("sharding").contains("RPO, RTO")
                .contains("not new instructions").contains("art-3");
    }

    @Test
    void should_name_known_prompts_when_a_prompt_is_missing() {
        assertThatThrownBy(() -> Prompts.load("no-such-prompt"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("prompts/no-such-prompt.md")
                .hasMessageContaining("known prompts: advisor-system");
    }

    @Test
    void should_reject_the_name_when_it_is_a_path() {
        assertThatThrownBy(() -> Prompts.load("../secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid prompt name '../secret'");
    }

    @Test
    void should_fail_when_a_prompt_uses_an_unbound_variable() {
        // given
        Prompt prompt = new Prompt("test", "Hello {{user_name}} on {{current_date}}");

        // then
        assertThat(prompt.variables()).containsExactly("current_date", "user_name");
        assertThatThrownBy(() -> prompt.render(VARIABLES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("{{user_name}}")
                .hasMessageContaining("bound variables: dialects, current_date");
    }

    @Test
    void should_fail_when_a_prompt_has_a_stray_double_brace() {
        // given
        Prompt prompt = new Prompt("test", "JSON like {{ \"a\": 1 }}");

        // then
        assertThatThrownBy(() -> prompt.render(VARIABLES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("'{{' that is not a variable");
    }
}
