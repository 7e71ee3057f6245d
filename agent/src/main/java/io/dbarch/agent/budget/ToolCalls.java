package io.dbarch.agent.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Shrinks the arguments of tool calls already made (e.g. a whole script passed inline), keeping valid JSON. */
final class ToolCalls {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ToolCalls() {
    }

    static AiMessage shrinkArguments(AiMessage message, int cap, TokenCounter counter) {
        List<ToolExecutionRequest> calls = new ArrayList<>();
        for (ToolExecutionRequest call : message.toolExecutionRequests()) {
            String args = call.arguments();
            String shrunk = counter.count(args) <= cap ? args : shrink(args, cap, counter);
            calls.add(ToolExecutionRequest.builder().id(call.id()).name(call.name()).arguments(shrunk).build());
        }
        return message.text() == null ? AiMessage.from(calls) : AiMessage.from(message.text(), calls);
    }

    private static String shrink(String arguments, int cap, TokenCounter counter) {
        try {
            JsonNode node = JSON.readTree(arguments);
            if (node instanceof ObjectNode object) {
                Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
                List<String> names = new ArrayList<>();
                fields.forEachRemaining(e -> names.add(e.getKey()));
                for (String name : names) {
                    JsonNode value = object.get(name);
                    if (value.isTextual() && counter.count(value.asText()) > cap / Math.max(1, names.size())) {
                        String head = counter.head(value.asText(), Math.max(8, cap / Math.max(1, names.size())));
                        object.put(name, head + " [… argument trimmed to fit the context budget]");
                    }
                }
                return JSON.writeValueAsString(object);
            }
        } catch (JsonProcessingException e) {
            // not JSON: replaced below
        }
        return "{}";
    }
}
