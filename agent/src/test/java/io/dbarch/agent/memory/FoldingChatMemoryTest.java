package io.dbarch.agent.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import io.dbarch.agent.budget.TokenCounter;
import io.dbarch.agent.budget.Turns;
import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingChatMemoryTest {

    private final TokenCounter counter = new TokenCounter();
    private final BoundedChatMemoryStore store = new BoundedChatMemoryStore();

    private FoldingChatMemory memory(int tokens) {
        return new FoldingChatMemory("c1", store, counter, tokens, tokens / 4);
    }

    private static void turn(FoldingChatMemory memory, int i, String padding) {
        memory.add(UserMessage.from("question " + i + " about [Pasted art-" + i + ": s" + i + ".sql — SQL, 3 lines] "
                + padding));
        var call = ToolExecutionRequest.builder().id("c" + i).name("inspectSchema")
                .arguments("{\"ddl\":\"art-" + i + "\"}").build();
        memory.add(AiMessage.from(call));
        memory.add(ToolExecutionResultMessage.from(call, "Objects: " + i + " tables. " + padding));
        memory.add(AiMessage.from("## Summary\n\nAnswer " + i + ". " + padding));
    }

    @Test
    void should_keep_every_turn_verbatim_when_within_the_share() {
        // given
        FoldingChatMemory memory = memory(2_000);
        memory.add(SystemMessage.from("sys"));

        // when
        turn(memory, 1, "");
        turn(memory, 2, "");

        // then
        assertThat(memory.messages()).hasSize(9).first().isEqualTo(SystemMessage.from("sys"));
        assertThat(memory.messages()).noneMatch(Turns::isSummary);
    }

    @Test
    void should_fold_old_turns_into_a_summary_that_keeps_artifact_ids_when_over_the_share() {
        // given
        FoldingChatMemory memory = memory(800);
        memory.add(SystemMessage.from("sys"));
        String padding = "lorem ipsum dolor sit amet ".repeat(15);

        // when
        for (int i = 1; i <= 12; i++) {
            turn(memory, i, padding);
        }
        memory.add(UserMessage.from("latest"));

        // then
        List<ChatMessage> messages = memory.messages();
        assertThat(messages.get(0)).isEqualTo(SystemMessage.from("sys"));
        String summary = ((UserMessage) messages.get(1)).singleText();
        assertThat(summary).startsWith(Turns.SUMMARY_MARKER).contains("Artifacts so far: art-1 s1.sql (SQL); art-2 s2.sql (SQL)")
                .doesNotContain("Objects: 1 tables");
        assertThat(counter.count(summary)).isLessThanOrEqualTo(200);
        assertThat(counter.count(messages.subList(2, messages.size()))).isLessThanOrEqualTo(600);
        assertThat(((UserMessage) messages.get(messages.size() - 1)).singleText()).isEqualTo("latest");
        assertThat(store.getMessages("c1")).isEqualTo(messages);
    }

    @Test
    void should_replace_the_system_message_without_duplicating_it_when_the_prompt_changes() {
        // given
        FoldingChatMemory memory = memory(2_000);
        memory.add(SystemMessage.from("old"));
        turn(memory, 1, "");

        // when
        memory.add(SystemMessage.from("new"));

        // then
        assertThat(memory.messages()).filteredOn(SystemMessage.class::isInstance)
                .containsExactly(SystemMessage.from("new"));
    }
}
