package io.dbarch.agent;

import dev.langchain4j.agent.tool.Tool;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.agent.tool.ToolSpecifications;
import dev.langchain4j.service.tool.DefaultToolExecutor;
import dev.langchain4j.service.tool.ToolExecutor;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tool specifications and guarded executors of a list of objects with {@code @Tool} methods. */
final class GuardedTools {

    private GuardedTools() {
    }

    static Map<ToolSpecification, ToolExecutor> of(List<?> toolObjects, ToolResultLimiter limiter,
            ToolObserver observer) {
        Map<ToolSpecification, ToolExecutor> tools = new LinkedHashMap<>();
        for (Object object : toolObjects) {
            Method[] methods = object.getClass().getDeclaredMethods();
            Arrays.sort(methods, Comparator.comparing(Method::getName));
            for (Method method : methods) {
                if (!method.isAnnotationPresent(Tool.class)) {
                    continue;
                }
                ToolSpecification spec = ToolSpecifications.toolSpecificationFrom(method);
                if (tools.keySet().stream().anyMatch(s -> s.name().equals(spec.name()))) {
                    throw new IllegalArgumentException("two tools are named '" + spec.name() + "'");
                }
                ToolExecutor executor = DefaultToolExecutor.builder().object(object).originalMethod(method)
                        .methodToInvoke(method).wrapToolArgumentsExceptions(true)
                        .propagateToolExecutionExceptions(true).build();
                tools.put(spec, new GuardedToolExecutor(executor, spec, limiter, observer));
            }
        }
        return tools;
    }
}
