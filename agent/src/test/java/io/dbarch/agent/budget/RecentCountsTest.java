package io.dbarch.agent.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecentCountsTest {

    private final List<String> counted = new ArrayList<>();

    private int countWords(String text) {
        counted.add(text);
        return text.split(" ").length;
    }

    @Test
    void should_count_a_repeated_text_once_when_it_is_remembered() {
        // given
        var recent = new RecentCounts(1_000);

        // when
        int first = recent.count("a b c", this::countWords);
        int again = recent.count(new String("a b c"), this::countWords);

        // then
        assertThat(first).isEqualTo(3);
        assertThat(again).isEqualTo(3);
        assertThat(counted).containsExactly("a b c");
    }

    @Test
    void should_drop_the_least_recently_used_texts_when_their_total_length_exceeds_the_bound() {
        // given
        var recent = new RecentCounts(80);
        recent.count("0123456789", this::countWords);
        recent.count("abcdefghij", this::countWords);

        // when: the first is used again, then seven more texts of 10 characters arrive (90 in all)
        recent.count("0123456789", this::countWords);
        for (int i = 0; i < 7; i++) {
            recent.count("text-%05d".formatted(i), this::countWords);
        }
        counted.clear();
        recent.count("0123456789", this::countWords);
        recent.count("abcdefghij", this::countWords);

        // then
        assertThat(counted).as("only the least recently used text was dropped and counted again")
                .containsExactly("abcdefghij");
        assertThat(recent.chars()).isLessThanOrEqualTo(80);
    }

    @Test
    void should_count_without_remembering_when_a_text_is_larger_than_an_eighth_of_the_bound() {
        // given
        var recent = new RecentCounts(80);

        // when
        recent.count("x ".repeat(6), this::countWords);
        recent.count("x ".repeat(6), this::countWords);

        // then
        assertThat(counted).hasSize(2);
        assertThat(recent.size()).isZero();
    }
}
