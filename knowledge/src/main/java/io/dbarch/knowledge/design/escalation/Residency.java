package io.dbarch.knowledge.design.escalation;

import io.dbarch.knowledge.design.RegionCatalog;
import io.dbarch.knowledge.design.RegionCatalog.Region;
import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.escalation.Escalation.Option;
import java.util.List;
import java.util.Optional;

/** Shared logic of the data-residency rules: which named regions lie outside the allowed jurisdictions. */
final class Residency {

    private Residency() {
    }

    static List<Region> outside(Requirements r, List<String> regionIds) {
        List<String> allowed = r.compliance().dataResidency();
        if (allowed.isEmpty()) {
            return List.of();
        }
        return RegionPairs.resolve(regionIds).stream().filter(reg -> !allowed.contains(reg.jurisdiction())).toList();
    }

    static String labels(List<Region> regions) {
        return String.join(", ", regions.stream().map(Region::label).toList());
    }

    /** "Move it to X (N ms from the primary)" when a region inside the jurisdiction exists on the same provider. */
    static Optional<Option> alternative(Requirements r, String what) {
        Optional<Region> primary = r.slas().regions().stream().findFirst()
                .flatMap(id -> RegionCatalog.standard().region(id));
        return primary.flatMap(p -> RegionPairs.nearestIn(p, r.compliance().dataResidency()))
                .map(pair -> new Option("Place the " + what + " in " + pair.b().label(),
                        "stays inside " + String.join("/", r.compliance().dataResidency()) + "; "
                                + pair.roundTrip().milliseconds() + " ms from " + pair.a().id()
                                + ", so a disaster that hits the whole jurisdiction is not covered"));
    }
}
