package io.dbarch.knowledge.design.escalation;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Requirements that cannot all hold at once, and what someone must decide.
 *
 * @param ruleId      stable kebab-case id of the rule that raised it
 * @param conflicting the conflicting requirements, quoted as {@code field: value}
 * @param why         the reason, with the numbers behind it
 * @param options     ways out, each with its trade-off
 * @param deciders    who must decide
 */
public record Escalation(
        String ruleId,
        Severity severity,
        String title,
        List<String> conflicting,
        String why,
        List<Option> options,
        List<Decider> deciders) {

    public Escalation {
        requireNonNull(ruleId, "ruleId");
        requireNonNull(severity, "severity");
        requireNonNull(title, "title");
        conflicting = List.copyOf(conflicting);
        requireNonNull(why, "why");
        options = List.copyOf(options);
        deciders = List.copyOf(deciders);
    }

    /** How hard the conflict is. */
    public enum Severity {
        /** The requirements cannot all hold; one must change. */
        BLOCKER,
        /** They can hold only at a cost or risk someone must accept explicitly. */
        WARNING
    }

    /** Who owns the decision. */
    public enum Decider {
        PRODUCT, INFRASTRUCTURE, COMPLIANCE, SECURITY, ENGINEERING;

        public String spelling() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** One way out and what it costs. */
    public record Option(String choice, String tradeOff) {
        public Option {
            requireNonNull(choice, "choice");
            requireNonNull(tradeOff, "tradeOff");
        }
    }

    /** The escalation as a Markdown block headed {@code ### }. */
    public String markdown() {
        StringBuilder md = new StringBuilder();
        md.append("### ").append(severity).append(": ").append(title).append(" (`").append(ruleId).append("`)\n\n");
        md.append("Conflicting requirements:\n\n");
        conflicting.forEach(c -> md.append("- `").append(c).append("`\n"));
        md.append("\n**Why.** ").append(why).append("\n\n");
        md.append("| option | trade-off |\n|---|---|\n");
        options.forEach(o -> md.append("| ").append(o.choice()).append(" | ").append(o.tradeOff()).append(" |\n"));
        md.append("\n**Who decides:** ")
                .append(deciders.stream().map(Decider::spelling).collect(Collectors.joining(", "))).append(".\n");
        return md.toString();
    }
}
