package io.dbarch.web.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.dbarch.web.escalation.EscalationRecord;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SlackFormatTest {

    @Test
    void should_turn_markdown_into_mrkdwn_and_escape_angle_brackets() {
        String mrkdwn = SlackFormat.mrkdwn("## Summary\nUse **timestamptz** <script> & see [docs](https://x.io/a)\n"
                + "```sql\nSELECT 1 < 2;\n```");
        assertThat(mrkdwn).isEqualTo("*Summary*\nUse *timestamptz* &lt;script&gt; &amp; see <https://x.io/a|docs>\n"
                + "```\nSELECT 1 &lt; 2;\n```");
    }

    @Test
    void should_split_long_answers_within_the_section_limit_and_keep_code_blocks_closed() {
        // given: 400 lines of SQL in one code block
        var md = new StringBuilder("## Migration\n```sql\n");
        for (int i = 0; i < 400; i++) {
            md.append("ALTER TABLE orders ADD COLUMN c").append(i).append(" bigint;\n");
        }
        md.append("```\nDone.");

        // when
        List<String> pieces = SlackFormat.pieces(SlackFormat.mrkdwn(md.toString()));

        // then
        assertThat(pieces.size()).isGreaterThan(3);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(3000);
            assertThat(p.split("```", -1).length % 2).as("balanced fences in %s", p.substring(0, 40)).isEqualTo(1);
        });
        assertThat(String.join("", pieces)).contains("c0 bigint").contains("c399 bigint").endsWith("Done.");
    }

    @Test
    void should_keep_a_short_answer_in_one_message() {
        var e = new EscalationRecord("esc-1", Optional.of("c"), "o", "agent", "blocker", "RPO 0", "async", "sync",
                "product", Instant.now());
        var messages = SlackAnswer.messages("## Summary\nFine.", List.of(), List.of(e), Optional.empty());
        assertThat(messages).hasSize(1);
        assertThat(messages.get(0)).hasSize(2);
    }

    @Test
    void should_split_into_several_messages_when_there_are_more_blocks_than_one_message_takes() {
        String answer = ("word ".repeat(500) + "\n").repeat(40);
        var messages = SlackAnswer.messages(answer, List.of(), List.of(), Optional.empty());
        assertThat(messages.size()).isGreaterThan(1);
        assertThat(messages).allSatisfy(m -> assertThat(m.size()).isLessThanOrEqualTo(SlackAnswer.BLOCKS_PER_MESSAGE));
    }
}
