package io.dbarch.agent.offline;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.request.ChatRequest;
import io.dbarch.agent.budget.Turns;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the engine reads from a request: the latest user message, the scripts in it, the latest script of the
 * conversation before it, the ERD subject areas listed before it, the tools on offer, and the tool calls and results
 * of the current turn.
 */
record Conversation(String latestText, List<ScriptRef> scripts, Optional<String> earlierScript,
        List<String> listedAreas, Set<String> tools, List<ToolOutcome> results, boolean lastIsToolResult) {

    static Conversation of(ChatRequest request, ScriptFinder finder) {
        List<ChatMessage> messages = request.messages();
        int turnStart = Turns.currentTurnStart(messages);
        String latest = turnStart < messages.size() ? textOf((UserMessage) messages.get(turnStart)) : "";
        List<String> earlier = new ArrayList<>();
        for (int i = 0; i < turnStart; i++) {
            earlier.add(textOf(messages.get(i)));
        }
        Set<String> tools = request.toolSpecifications() == null ? Set.of() : request.toolSpecifications().stream()
                .map(ToolSpecification::name).collect(Collectors.toCollection(TreeSet::new));
        Map<String, ToolExecutionRequest> calls = new HashMap<>();
        List<ToolOutcome> results = new ArrayList<>();
        for (int i = Math.min(turnStart + 1, messages.size()); i < messages.size(); i++) {
            if (messages.get(i) instanceof AiMessage ai) {
                ai.toolExecutionRequests().forEach(c -> calls.put(c.id(), c));
            } else if (messages.get(i) instanceof ToolExecutionResultMessage r) {
                ToolExecutionRequest call = calls.get(r.id());
                results.add(new ToolOutcome(r.toolName(), call == null ? "{}" : call.arguments(),
                        r.text() == null ? "" : r.text(), Boolean.TRUE.equals(r.isError()) || looksFailed(r)));
            }
        }
        boolean lastIsResult = !messages.isEmpty()
                && messages.get(messages.size() - 1) instanceof ToolExecutionResultMessage;
        return new Conversation(latest, finder.inMessage(latest), finder.latestSqlArtifact(earlier),
                AreaRequest.listed(earlier), tools, results, lastIsResult);
    }

    boolean offers(String tool) {
        return tools.contains(tool);
    }

    Optional<ToolOutcome> result(String tool) {
        return results.stream().filter(r -> r.toolName().equals(tool)).findFirst();
    }

    List<ScriptRef> sqlScripts() {
        return scripts.stream().filter(ScriptRef::isSql).toList();
    }

    /** The script a follow-up refers to: one in this message, else the latest one of the conversation. */
    Optional<ScriptRef> currentSql() {
        List<ScriptRef> sql = sqlScripts();
        if (!sql.isEmpty()) {
            return Optional.of(sql.get(sql.size() - 1));
        }
        return earlierScript.map(id -> new ScriptRef(id, id, "SQL"));
    }

    private static boolean looksFailed(ToolExecutionResultMessage r) {
        return r.text() != null && r.text().startsWith(r.toolName() + " failed:");
    }

    static String textOf(ChatMessage message) {
        if (message instanceof UserMessage u) {
            return u.contents().stream().filter(TextContent.class::isInstance).map(c -> ((TextContent) c).text())
                    .collect(Collectors.joining("\n"));
        }
        if (message instanceof AiMessage ai) {
            return ai.text() == null ? "" : ai.text();
        }
        if (message instanceof ToolExecutionResultMessage r) {
            return r.text() == null ? "" : r.text();
        }
        return "";
    }
}
