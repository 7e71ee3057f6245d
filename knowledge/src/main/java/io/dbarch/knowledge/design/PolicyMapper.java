package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** Maps {@code compliance}, {@code tenancy}, {@code analytics} and {@code changes} of a validated document. */
final class PolicyMapper {

    private PolicyMapper() {
    }

    static Compliance compliance(JsonNode c, Stated stated) {
        List<String> regimes = Stated.texts(c, "regimes");
        List<Compliance.Retention> retention = new ArrayList<>();
        c.path("retention").forEach(r -> retention.add(new Compliance.Retention(r.path("entity").asText(),
                r.path("years").asDouble(), Stated.flagOr(r, "immutable", false))));
        boolean audit = stated.flag(c, "auditTrail", "compliance.auditTrail", !regimes.isEmpty(),
                regimes.isEmpty() ? "no regulation named, so no audit trail beyond standard logs"
                        : "every named regime (" + String.join(", ", regimes) + ") expects an audit trail");
        boolean gdpr = regimes.contains("GDPR");
        boolean erasure = stated.flag(c, "rightToErasure", "compliance.rightToErasure", gdpr,
                gdpr ? "GDPR article 17 gives data subjects the right to erasure" : "no regime requiring erasure named");
        int deadline = erasure ? (int) stated.number(c, "erasureDeadlineDays", "compliance.erasureDeadlineDays", 30,
                "GDPR asks for erasure without undue delay, at the latest within one month")
                : c.path("erasureDeadlineDays").asInt(30);
        return new Compliance(regimes, Stated.texts(c, "dataResidency"), retention, audit, erasure, deadline,
                Stated.flagOr(c, "legalHold", false));
    }

    static Tenancy tenancy(JsonNode t, Stated stated) {
        int tenants = t.path("tenants").isNumber() ? t.path("tenants").asInt() : 1;
        if (tenants <= 1) {
            return new Tenancy(1, java.util.Optional.empty(), "tenant", 100, Tenancy.Isolation.LOGICAL, false);
        }
        double largest = stated.number(t, "largestTenantPercent", "tenancy.largestTenantPercent",
                Math.max(5, 100.0 / tenants), "no tenant dominates the data");
        String isolation = stated.text(t, "isolation", "tenancy.isolation", "logical",
                "no contract demands physically separate storage per tenant");
        return new Tenancy(tenants,
                Stated.optionalText(t, "model").map(m -> Tenancy.Model.valueOf(Stated.enumName(m))),
                Stated.optionalText(t, "tenantEntity").orElse("tenant"), largest,
                Tenancy.Isolation.valueOf(Stated.enumName(isolation)), Stated.flagOr(t, "perTenantRestore", false));
    }

    static Analytics analytics(JsonNode a, Stated stated) {
        List<Analytics.Report> reports = new ArrayList<>();
        a.path("reports").forEach(r -> reports.add(new Analytics.Report(r.path("name").asText(),
                r.path("entity").asText(), Stated.texts(r, "groupBy"), Stated.texts(r, "measures"))));
        boolean needed = Stated.flagOr(a, "needed", !reports.isEmpty() || a.has("warehouse"));
        int freshness = needed ? (int) stated.number(a, "freshnessMinutes", "analytics.freshnessMinutes", 60,
                "hourly freshness is enough for management reporting") : 60;
        return new Analytics(needed, freshness, Stated.optionalText(a, "warehouse"), Stated.optionalText(a, "region"),
                reports);
    }

    static List<PlannedChange> changes(JsonNode changes) {
        List<PlannedChange> result = new ArrayList<>();
        changes.forEach(c -> result.add(new PlannedChange(c.path("description").asText(),
                Stated.optionalText(c, "entity"), PlannedChange.Kind.valueOf(Stated.enumName(c.path("kind").asText())))));
        return result;
    }
}
