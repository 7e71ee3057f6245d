package io.dbarch.knowledge.design;

import com.fasterxml.jackson.databind.JsonNode;

/** Maps a validated document to {@link Requirements}, applying stated defaults. */
final class RequirementsMapper {

    private RequirementsMapper() {
    }

    static Requirements map(JsonNode root) {
        Stated stated = new Stated();
        double growth = WorkloadMapper.growth(root.path("workload"), stated);
        Workload workload = WorkloadMapper.map(root.path("workload"), growth, stated);
        DomainModel domain = DomainMapper.map(root.path("domain"), growth, stated);
        Slas slas = OperationsMapper.slas(root.path("slas"), stated);
        Platform platform = OperationsMapper.platform(root.path("platform"), slas.regions(), stated);
        Compliance compliance = PolicyMapper.compliance(root.path("compliance"), stated);
        Tenancy tenancy = PolicyMapper.tenancy(root.path("tenancy"), stated);
        Analytics analytics = PolicyMapper.analytics(root.path("analytics"), stated);
        return new Requirements(root.path("name").asText(), root.path("summary").asText(""), domain, workload, slas,
                compliance, platform, tenancy, analytics, PolicyMapper.changes(root.path("changes")),
                stated.assumptions());
    }
}
