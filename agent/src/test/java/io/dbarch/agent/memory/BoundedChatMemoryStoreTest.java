package io.dbarch.agent.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundedChatMemoryStoreTest {

    private static List<ChatMessage> messages(String text) {
        return List.of(UserMessage.from(text));
    }

    @Test
    void should_keep_messages_when_within_bounds() {
        // given
        var store = new BoundedChatMemoryStore(2, 10_000);

        // when
        store.updateMessages("a", messages("hello"));
        store.updateMessages("b", messages("world"));

        // then
        assertThat(store.getMessages("a")).isEqualTo(messages("hello"));
        assertThat(store.getMessages("b")).isEqualTo(messages("world"));
    }

    @Test
    void should_drop_the_least_recently_used_conversation_when_over_the_count() {
        // given
        var store = new BoundedChatMemoryStore(2, 10_000);
        store.updateMessages("a", messages("1"));
        store.updateMessages("b", messages("2"));
        store.getMessages("a");

        // when
        store.updateMessages("c", messages("3"));

        // then
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.getMessages("b")).isEmpty();
        assertThat(store.getMessages("a")).isNotEmpty();
        assertThat(store.getMessages("c")).isNotEmpty();
    }

    @Test
    void should_drop_old_conversations_when_over_the_character_bound_but_keep_the_current_one() {
        // given
        var store = new BoundedChatMemoryStore(100, 1_000);
        store.updateMessages("a", messages("x".repeat(600)));

        // when
        store.updateMessages("b", messages("y".repeat(2_000)));

        // then
        assertThat(store.getMessages("a")).isEmpty();
        assertThat(store.getMessages("b")).hasSize(1);
    }

    @Test
    void should_forget_a_conversation_when_deleted() {
        // given
        var store = new BoundedChatMemoryStore();
        store.updateMessages("a", messages("1"));

        // when
        store.deleteMessages("a");

        // then
        assertThat(store.getMessages("a")).isEmpty();
        assertThat(store.size()).isZero();
    }
}
