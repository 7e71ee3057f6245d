package io.dbarch.web.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.LayoutBlock;
import io.dbarch.web.escalation.EscalationRecord;
import io.dbarch.agent.artifact.Artifact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An answer as Slack messages: Block Kit sections of at most {@link SlackFormat#MAX_PIECE} characters,
 * {@value #BLOCKS_PER_MESSAGE} per message, then the artifacts (links when a public URL is configured) and the
 * escalations as context lines.
 */
final class SlackAnswer {

    static final int BLOCKS_PER_MESSAGE = 10;

    private SlackAnswer() {
    }

    /** One list of blocks per message, in order. */
    static List<List<LayoutBlock>> messages(String answer, List<Artifact> artifacts,
            List<EscalationRecord> escalations, Optional<String> publicUrl) {
        List<LayoutBlock> blocks = new ArrayList<>();
        for (String piece : SlackFormat.pieces(SlackFormat.mrkdwn(answer))) {
            blocks.add(section(s -> s.text(markdownText(piece))));
        }
        for (EscalationRecord e : escalations) {
            blocks.add(section(s -> s.text(markdownText(clip(":rotating_light: *Escalation ("
                    + e.severity() + "):* " + SlackFormat.escape(e.title()) + "\n" + SlackFormat.escape(e.conflict())
                    + "\n*Who decides:* " + SlackFormat.escape(e.decider()))))));
        }
        if (!artifacts.isEmpty()) {
            String list = String.join(" · ", artifacts.stream().map(a -> publicUrl
                    .map(u -> "<" + u + "/api/artifacts/" + a.id() + "|" + SlackFormat.escape(a.name()) + ">")
                    .orElse(SlackFormat.escape(a.name()) + " (" + a.id() + ")")).toList());
            blocks.add(context(c -> c.elements(List.of(markdownText(clip("Artifacts: " + list))))));
        }
        var messages = new ArrayList<List<LayoutBlock>>();
        for (int i = 0; i < blocks.size(); i += BLOCKS_PER_MESSAGE) {
            messages.add(List.copyOf(blocks.subList(i, Math.min(blocks.size(), i + BLOCKS_PER_MESSAGE))));
        }
        return messages;
    }

    /** The notification text of a message: its start, plain. */
    static String fallback(String answer) {
        String flat = answer.replaceAll("[#*`]", "").replaceAll("\\s+", " ").strip();
        return flat.length() <= 300 ? flat : flat.substring(0, 299) + "…";
    }

    private static String clip(String text) {
        return text.length() <= 2900 ? text : text.substring(0, 2899) + "…";
    }
}
