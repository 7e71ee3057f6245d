package io.dbarch.knowledge.design;

/** The requirements and assumptions sections of design.md. */
final class RequirementsDigest {

    private RequirementsDigest() {
    }

    static String render(Requirements r) {
        StringBuilder md = new StringBuilder("## Requirements\n\n| area | stated or assumed |\n|---|---|\n");
        Slas s = r.slas();
        md.append("| workload | %,.0f reads/s and %,.0f writes/s at peak; %s; growth %s%%/year; %d main queries |\n".formatted(
                r.workload().peakReadsPerSecond(), r.workload().peakWritesPerSecond(),
                r.workload().dataSizeGb().map(g -> "%,.0f GB today".formatted(g)).orElse("size from the domain model"),
                num(r.workload().growthPercentPerYear()), r.workload().queries().size()));
        md.append("| SLAs | availability %s%%, p99 %d ms, RPO %d s (%s loss), RTO %d min, %s consistency%s |\n".formatted(
                num(s.availabilityPercent()), s.p99LatencyMs(), s.rpoSeconds(), s.rpoScope().name().toLowerCase(),
                s.rtoMinutes(), s.consistency().spelling(), s.zeroDowntime() ? ", zero-downtime changes" : ""));
        md.append("| regions | %s; writes from %s |\n".formatted(s.regions().isEmpty() ? "one region" : String.join(", ", s.regions()),
                s.writeRegions().isEmpty() ? "the primary region" : String.join(", ", s.writeRegions())));
        Compliance c = r.compliance();
        md.append("| compliance | %s; residency %s; %d retention rule(s)%s%s |\n".formatted(
                c.regimes().isEmpty() ? "no regime named" : String.join(", ", c.regimes()),
                c.dataResidency().isEmpty() ? "unrestricted" : String.join(", ", c.dataResidency()), c.retention().size(),
                c.rightToErasure() ? "; erasure within " + c.erasureDeadlineDays() + " days" : "",
                c.auditTrail() ? "; audit trail" : ""));
        md.append("| tenancy | %s |\n".formatted(r.tenancy().multiTenant() ? "%,d tenants, %s isolation".formatted(
                r.tenancy().tenants(), r.tenancy().isolation().name().toLowerCase()) : "single tenant"));
        md.append("\n## Assumptions\n\nValues the requirements did not state; change them in the requirements and rebuild.\n\n");
        md.append("| field | assumed | why |\n|---|---|---|\n");
        r.assumptions().forEach(a -> md.append(a.asRow()).append('\n'));
        return md.append('\n').toString();
    }

    static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
