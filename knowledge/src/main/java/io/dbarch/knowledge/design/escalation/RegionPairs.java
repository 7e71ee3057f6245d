package io.dbarch.knowledge.design.escalation;

import io.dbarch.knowledge.design.RegionCatalog;
import io.dbarch.knowledge.design.RegionCatalog.Region;
import io.dbarch.knowledge.design.RegionCatalog.RoundTrip;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Round trips between the regions named in the requirements. */
final class RegionPairs {

    private RegionPairs() {
    }

    /** A pair of regions and the round trip between them. */
    record Pair(Region a, Region b, RoundTrip roundTrip) {
        String describe() {
            return "%s ↔ %s: %d ms (%s)".formatted(a.id(), b.id(), roundTrip.milliseconds(), roundTrip.basis());
        }
    }

    static List<Region> resolve(List<String> ids) {
        RegionCatalog catalog = RegionCatalog.standard();
        return ids.stream().distinct().flatMap(id -> catalog.region(id).stream()).toList();
    }

    /** The pair with the longest round trip, when at least two regions are named. */
    static Optional<Pair> farthest(List<String> ids) {
        List<Region> regions = resolve(ids);
        Pair best = null;
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                Pair p = pair(regions.get(i), regions.get(j));
                if (best == null || p.roundTrip().milliseconds() > best.roundTrip().milliseconds()) {
                    best = p;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /** The other region closest to the first (the primary), when at least two are named. */
    static Optional<Pair> nearestToPrimary(List<String> ids) {
        List<Region> regions = resolve(ids);
        if (regions.size() < 2) {
            return Optional.empty();
        }
        return regions.subList(1, regions.size()).stream().map(r -> pair(regions.get(0), r))
                .min(Comparator.comparingInt(p -> p.roundTrip().milliseconds()));
    }

    /** The region of {@code jurisdiction} closest to {@code from}, other than {@code from} itself. */
    static Optional<Pair> nearestIn(Region from, List<String> jurisdictions) {
        RegionCatalog catalog = RegionCatalog.standard();
        return catalog.ids().stream().flatMap(id -> catalog.region(id).stream())
                .filter(r -> jurisdictions.contains(r.jurisdiction()) && !r.metro().equals(from.metro()))
                .filter(r -> r.provider().equals(from.provider()))
                .map(r -> pair(from, r))
                .min(Comparator.comparingInt(p -> p.roundTrip().milliseconds()));
    }

    static Pair pair(Region a, Region b) {
        return new Pair(a, b, RegionCatalog.standard().roundTrip(a, b));
    }
}
