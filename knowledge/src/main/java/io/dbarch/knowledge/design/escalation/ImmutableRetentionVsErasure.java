package io.dbarch.knowledge.design.escalation;

import static io.dbarch.knowledge.design.escalation.Escalation.Decider.COMPLIANCE;
import static io.dbarch.knowledge.design.escalation.Escalation.Decider.PRODUCT;

import io.dbarch.knowledge.design.Compliance.Retention;
import io.dbarch.knowledge.design.Entity;
import io.dbarch.knowledge.design.Relationship;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Write-once retention of rows that hold personal data, or that reference personal data with a required
 * relationship, while data subjects have the right to erasure.
 */
final class ImmutableRetentionVsErasure implements EscalationRule {

    @Override
    public String id() {
        return "immutable-retention-vs-erasure";
    }

    @Override
    public Optional<Escalation> check(Requirements r) {
        if (!r.compliance().rightToErasure()) {
            return Optional.empty();
        }
        List<String> quotes = new ArrayList<>(List.of(Quote.of(r, "compliance.rightToErasure", true)));
        List<String> reasons = new ArrayList<>();
        for (Retention retention : r.compliance().retention()) {
            Optional<Entity> entity = r.domain().entity(retention.entity());
            if (!retention.immutable() || entity.isEmpty()) {
                continue;
            }
            List<String> personal = entity.get().attributes().stream().filter(a -> a.personal()).map(a -> a.name()).toList();
            List<String> people = r.domain().relationships().stream()
                    .filter(rel -> rel.from().equals(retention.entity()) && rel.required()
                            && rel.kind() == Relationship.Cardinality.MANY_TO_ONE)
                    .filter(rel -> r.domain().entity(rel.to()).map(Entity::holdsPersonalData).orElse(false))
                    .map(Relationship::to).toList();
            if (!personal.isEmpty() || !people.isEmpty()) {
                quotes.add(Quote.of(r, "compliance.retention[" + retention.entity() + "]",
                        Quote.number(retention.years()) + " years, immutable"));
                reasons.add("'" + retention.entity() + "' must stay unchanged for " + Quote.number(retention.years())
                        + " years but " + (personal.isEmpty() ? "" : "holds personal data (" + String.join(", ", personal) + ")")
                        + (!personal.isEmpty() && !people.isEmpty() ? " and " : "")
                        + (people.isEmpty() ? "" : "requires a reference to " + String.join(", ", people)
                        + ", which then cannot be deleted"));
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Escalation(id(), Escalation.Severity.BLOCKER,
                "Write-once retention conflicts with the right to erasure", quotes,
                String.join("; ", reasons) + ". An erasure request inside the retention period can be neither "
                        + "honoured nor refused without a documented decision.",
                List.of(new Option("Crypto-shredding: encrypt personal fields with a per-person key, destroy the key on erasure",
                                "records stay immutable and auditable; needs key management and makes those "
                                        + "fields unsearchable in SQL"),
                        new Option("Pseudonymise: reference a person by a surrogate whose mapping row can be deleted",
                                "the retained rows no longer identify anyone after erasure; joins go through the mapping"),
                        new Option("Invoke the legal-obligation exemption for the retained rows",
                                "no engineering change; compliance must document the legal basis per record type")),
                List.of(COMPLIANCE, PRODUCT)));
    }
}
