package io.dbarch.knowledge.design;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Cloud regions with their metro area and jurisdiction, and typical round-trip times between them
 * ({@code design/regions.tsv}, {@code design/round-trip-times.tsv}). Immutable.
 */
public final class RegionCatalog {

    /** Speed of light in fibre, about 200 km per millisecond. */
    static final double FIBRE_KM_PER_MS = 200.0;
    /** Real routes are longer than the great circle; 1.5 is a typical stretch. */
    static final double ROUTE_STRETCH = 1.5;

    private final Map<String, Region> regions;
    private final Map<String, Integer> metroRtt;

    private RegionCatalog(Map<String, Region> regions, Map<String, Integer> metroRtt) {
        this.regions = Map.copyOf(regions);
        this.metroRtt = Map.copyOf(metroRtt);
    }

    /** The catalog shipped with dbarch. */
    public static RegionCatalog standard() {
        return Holder.STANDARD;
    }

    public Optional<Region> region(String id) {
        requireNonNull(id, "id");
        return Optional.ofNullable(regions.get(id));
    }

    public List<String> ids() {
        return regions.keySet().stream().sorted().toList();
    }

    /** Typical round trip between two known regions; zero-distance pairs (same metro) cost 2 ms. */
    public RoundTrip roundTrip(Region a, Region b) {
        if (a.metro().equals(b.metro())) {
            return new RoundTrip(a.id().equals(b.id()) ? 1 : 2, "same metro area");
        }
        Integer typical = metroRtt.get(key(a.metro(), b.metro()));
        if (typical != null) {
            return new RoundTrip(typical, "typical, " + a.metro() + " to " + b.metro());
        }
        double km = a.kilometresTo(b);
        int estimate = (int) Math.round(2 * km / FIBRE_KM_PER_MS * ROUTE_STRETCH);
        return new RoundTrip(estimate, "estimated from %,.0f km great-circle distance × %.1f route stretch at %.0f km/ms"
                .formatted(km, ROUTE_STRETCH, FIBRE_KM_PER_MS));
    }

    private static String key(String metroA, String metroB) {
        return metroA.compareTo(metroB) < 0 ? metroA + "|" + metroB : metroB + "|" + metroA;
    }

    /** A round-trip time and where the number comes from. */
    public record RoundTrip(int milliseconds, String basis) {
    }

    /** A cloud region. */
    public record Region(String id, String provider, String metro, String jurisdiction, double latitude,
                         double longitude) {

        double kilometresTo(Region other) {
            double lat1 = Math.toRadians(latitude);
            double lat2 = Math.toRadians(other.latitude);
            double dLat = lat2 - lat1;
            double dLon = Math.toRadians(other.longitude - longitude);
            double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
            return 2 * 6371.0 * Math.asin(Math.sqrt(h));
        }

        public String label() {
            return id + " (" + metro + ", " + jurisdiction + ")";
        }
    }

    private static final class Holder {
        static final RegionCatalog STANDARD = load();
    }

    private static RegionCatalog load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        for (String[] f : rows("/design/regions.tsv")) {
            regions.put(f[0], new Region(f[0], f[1], f[2], f[3], Double.parseDouble(f[4]), Double.parseDouble(f[5])));
        }
        Map<String, Integer> rtt = new LinkedHashMap<>();
        for (String[] f : rows("/design/round-trip-times.tsv")) {
            rtt.put(key(f[0], f[1]), Integer.parseInt(f[2]));
        }
        return new RegionCatalog(regions, rtt);
    }

    private static List<String[]> rows(String resource) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = RegionCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }
}
