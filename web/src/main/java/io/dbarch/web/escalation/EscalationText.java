package io.dbarch.web.escalation;

import static com.slack.api.model.block.Blocks.asBlocks;
import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.header;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;
import java.util.Locale;

/** An escalation as chat text and as Slack Block Kit blocks (each text within Slack's limits). */
final class EscalationText {

    private EscalationText() {
    }

    static String plain(EscalationRecord e) {
        return "Escalation (" + e.severity().toUpperCase(Locale.ROOT) + "): " + e.title() + "\n"
                + "Conflict: " + e.conflict() + "\n"
                + "Options: " + e.options() + "\n"
                + "Who decides: " + e.decider() + "\n"
                + "Id: " + e.id() + e.conversationId().map(c -> " (conversation " + c + ")").orElse("");
    }

    static List<LayoutBlock> blocks(EscalationRecord e) {
        return asBlocks(
                header(h -> h.text(plainText(clip("Escalation: " + e.title(), 150)))),
                section(s -> s.text(markdownText(clip("*Conflict.* " + e.conflict(), 3000)))),
                section(s -> s.text(markdownText(clip("*Options.* " + e.options(), 3000)))),
                context(c -> c.elements(List.of(markdownText(clip("severity " + e.severity() + " · decides: "
                        + e.decider() + " · " + e.id(), 2000))))));
    }

    static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
