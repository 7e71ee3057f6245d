package io.dbarch.agent.memory;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.intake.InputIntake;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/** One folded turn, condensed to a line, plus every artifact id the turn mentioned. */
record TurnDigest(String line, Map<String, String> artifacts) {

    static final int QUESTION_CHARS = 160;
    static final int ANSWER_CHARS = 200;

    static TurnDigest of(List<ChatMessage> turn) {
        Set<String> ids = new LinkedHashSet<>();
        String question = "";
        List<String> tools = new ArrayList<>();
        String answer = "";
        List<String> inputs = new ArrayList<>();
        Map<String, String> named = new LinkedHashMap<>();
        for (ChatMessage m : turn) {
            if (m instanceof UserMessage u && u.hasSingleText()) {
                question = u.singleText();
                collectIds(question, ids);
                Matcher ref = InputIntake.REFERENCE.matcher(question);
                while (ref.find()) {
                    inputs.add(ref.group(2) + " " + ref.group(3) + " (" + ref.group(4) + ")");
                    named.put(ref.group(2), ref.group(2) + " " + ref.group(3) + " (" + ref.group(4) + ")");
                }
            } else if (m instanceof AiMessage ai) {
                for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                    tools.add(call.name());
                    collectIds(call.arguments(), ids);
                }
                if (ai.text() != null && !ai.text().isBlank()) {
                    answer = ai.text();
                    collectIds(answer, ids);
                }
            } else if (m instanceof ToolExecutionResultMessage r) {
                collectIds(r.text(), ids);
            }
        }
        var line = new StringBuilder("User: ").append(clip(question, QUESTION_CHARS));
        if (!inputs.isEmpty()) {
            line.append(" | inputs: ").append(String.join(", ", inputs));
        }
        if (!tools.isEmpty()) {
            line.append(" | tools: ").append(String.join(", ", new LinkedHashSet<>(tools)));
        }
        line.append(" | answer: ").append(clip(gist(answer), ANSWER_CHARS));
        if (!ids.isEmpty()) {
            line.append(" | artifacts: ").append(String.join(", ", ids));
        }
        Map<String, String> artifacts = new LinkedHashMap<>();
        ids.forEach(id -> artifacts.put(id, named.getOrDefault(id, id)));
        return new TurnDigest(line.toString(), artifacts);
    }

    /** The first line of prose in an answer (headings skipped). */
    private static String gist(String answer) {
        for (String l : answer.split("\n")) {
            String s = l.strip();
            if (!s.isEmpty() && !s.startsWith("#") && !s.startsWith("```") && !s.startsWith(">")) {
                return s;
            }
        }
        return answer.strip();
    }

    private static void collectIds(String text, Set<String> ids) {
        if (text == null) {
            return;
        }
        Matcher m = Artifact.ID_PATTERN.matcher(text);
        while (m.find()) {
            ids.add(m.group());
        }
    }

    private static String clip(String text, int max) {
        String one = text.replaceAll("\\s+", " ").strip();
        return one.length() <= max ? one : one.substring(0, max) + "…";
    }
}
