package io.dbarch.agent.budget;

import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.internal.JsonSchemaElementUtils;
import java.util.Map;

/** A tool specification in the shape providers send it: name, description, JSON schema of the parameters. */
record ToolSpecificationJson(String name, String description, Map<String, Object> parameters) {

    static ToolSpecificationJson of(ToolSpecification spec) {
        Map<String, Object> params = spec.parameters() == null ? Map.of()
                : JsonSchemaElementUtils.toMap(spec.parameters());
        return new ToolSpecificationJson(spec.name(), spec.description() == null ? "" : spec.description(), params);
    }
}
