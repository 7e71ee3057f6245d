package io.dbarch.agent.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class RequestFitterTest {

    private final TokenCounter counter = new TokenCounter();
    private final ContextBudget budget = ContextBudget.defaults();
    private final RequestFitter fitter = new RequestFitter(budget, counter);

    private static String words(int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append("word").append(i % 97).append(i % 10 == 9 ? "\n" : " ");
        }
        return out.toString();
    }

    @Test
    void should_keep_the_messages_and_reserve_the_answer_room_when_the_request_fits() {
        // given
        var request = ChatRequest.builder().messages(SystemMessage.from("sys"), UserMessage.from("hi")).build();

        // when
        ChatRequest fitted = fitter.fit(request, Overflow.NONE);

        // then
        assertThat(fitted.messages()).isEqualTo(request.messages());
        assertThat(fitted.maxOutputTokens()).isEqualTo(budget.answerTokens());
        assertThat(fitter.measure(fitted)).isLessThanOrEqualTo(budget.totalTokens());
    }

    @Test
    void should_trim_a_large_tool_result_and_keep_it_whole_when_it_exceeds_its_share() {
        // given
        var call = ToolExecutionRequest.builder().id("1").name("inspectSchema").arguments("{}").build();
        String big = words(6_000);
        Map<String, String> kept = new ConcurrentHashMap<>();
        Overflow overflow = (name, text) -> {
            kept.put(name, text);
            return Optional.of("art-9");
        };
        var request = ChatRequest.builder().messages(UserMessage.from("review"), AiMessage.from(call),
                ToolExecutionResultMessage.from(call, big)).build();

        // when
        ChatRequest fitted = fitter.fit(request, overflow);

        // then
        String text = ((ToolExecutionResultMessage) fitted.messages().get(2)).text();
        assertThat(counter.count(text)).isLessThanOrEqualTo(budget.toolResultTokens());
        assertThat(text).contains("full inspectSchema result").contains("art-9").startsWith("word0 word1");
        assertThat(kept).containsEntry("inspectSchema result", big);
    }

    @Test
    void should_drop_the_oldest_whole_turns_and_say_so_when_history_is_over_budget() {
        // given
        List<ChatMessage> messages = new ArrayList<>(List.of(SystemMessage.from("sys")));
        for (int i = 0; i < 30; i++) {
            messages.add(UserMessage.from("question " + i + " " + words(150)));
            messages.add(AiMessage.from("answer " + i + " " + words(150)));
        }
        messages.add(UserMessage.from("latest question"));

        // when
        ChatRequest fitted = fitter.fit(ChatRequest.builder().messages(messages).build(), Overflow.NONE);

        // then
        assertThat(fitter.measure(fitted)).isLessThanOrEqualTo(budget.totalTokens() - budget.safetyTokens());
        List<ChatMessage> sent = fitted.messages();
        assertThat(sent.get(0)).isEqualTo(SystemMessage.from("sys"));
        assertThat(((UserMessage) sent.get(1)).singleText()).startsWith(Turns.SUMMARY_MARKER)
                .contains("turns were left out of this request");
        assertThat(((UserMessage) sent.get(sent.size() - 1)).singleText()).isEqualTo("latest question");
        assertThat(sent.get(2)).isInstanceOf(UserMessage.class);
        assertThat(((UserMessage) sent.get(2)).singleText()).doesNotStartWith("question 0 ");
    }

    @Test
    void should_shrink_inline_tool_arguments_when_the_current_turn_alone_is_over_budget() {
        // given
        String ddl = words(9_000);
        var call = ToolExecutionRequest.builder().id("1").name("inspectSchema")
                .arguments("{\"ddl\":\"" + ddl.replace("\n", "\\n") + "\"}").build();
        var request = ChatRequest.builder().messages(UserMessage.from("review"), AiMessage.from(call),
                ToolExecutionResultMessage.from(call, "ok")).build();

        // when
        ChatRequest fitted = fitter.fit(request, Overflow.NONE);

        // then
        assertThat(fitter.measure(fitted)).isLessThanOrEqualTo(budget.totalTokens());
        String arguments = ((AiMessage) fitted.messages().get(1)).toolExecutionRequests().get(0).arguments();
        assertThat(arguments).startsWith("{\"ddl\":\"word0").contains("argument trimmed");
    }

    @Test
    void should_fail_with_what_to_change_when_the_system_prompt_alone_exceeds_the_budget() {
        // given
        var request = ChatRequest.builder().messages(SystemMessage.from(words(9_000)), UserMessage.from("hi"))
                .build();

        // then
        assertThatThrownBy(() -> fitter.fit(request, Overflow.NONE)).isInstanceOf(BudgetExceededException.class)
                .hasMessageContaining("raise DBARCH_CONTEXT_TOKENS");
    }
}
