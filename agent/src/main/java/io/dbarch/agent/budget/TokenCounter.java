package io.dbarch.agent.budget;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.Content;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.TextContent;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.openai.OpenAiTokenCountEstimator;
import java.util.List;

/**
 * Counts tokens the way the budget is defined: jtokkit's {@code o200k_base} encoding through LangChain4j's
 * {@link OpenAiTokenCountEstimator} (the encoding of {@code gpt-4o-mini}; other models' tokenizers differ by a few
 * percent, which the budget's safety margin absorbs). Per-message overheads follow OpenAI's chat format. Unlike the
 * estimator it never throws on content it does not know (an image counts as {@link #NON_TEXT_CONTENT}). Recently
 * counted texts are remembered (up to {@link #REMEMBERED_CHARS} characters in all), since each request is fitted and
 * measured more than once and repeats the system prompt, tool specifications and tool results. Thread-safe.
 */
public final class TokenCounter {

    /** The model whose encoding is used. */
    public static final String ENCODING_MODEL = "gpt-4o-mini";
    static final int PER_MESSAGE = 4;
    static final int PER_TOOL_CALL = 8;
    static final int PER_REQUEST = 3;
    static final int NON_TEXT_CONTENT = 800;
    static final int REMEMBERED_CHARS = 1_000_000;

    private final OpenAiTokenCountEstimator estimator = new OpenAiTokenCountEstimator(ENCODING_MODEL);
    private final ObjectMapper json = new ObjectMapper();
    private final RecentCounts recent = new RecentCounts(REMEMBERED_CHARS);

    public int count(String text) {
        return text == null || text.isEmpty() ? 0 : recent.count(text, estimator::estimateTokenCountInText);
    }

    public int count(ChatMessage message) {
        int tokens = PER_MESSAGE;
        if (message instanceof SystemMessage s) {
            tokens += count(s.text());
        } else if (message instanceof UserMessage u) {
            for (Content c : u.contents()) {
                tokens += c instanceof TextContent t ? count(t.text()) : NON_TEXT_CONTENT;
            }
            tokens += count(u.name());
        } else if (message instanceof AiMessage ai) {
            tokens += count(ai.text());
            for (ToolExecutionRequest call : ai.toolExecutionRequests()) {
                tokens += PER_TOOL_CALL + count(call.id()) + count(call.name()) + count(call.arguments());
            }
        } else if (message instanceof ToolExecutionResultMessage r) {
            tokens += count(r.id()) + count(r.toolName()) + count(r.text());
        }
        return tokens;
    }

    public int count(List<ChatMessage> messages) {
        int tokens = PER_REQUEST;
        for (ChatMessage m : messages) {
            tokens += count(m);
        }
        return tokens;
    }

    /** The tokens of the tool specifications as JSON (what a provider sends). */
    public int countTools(List<ToolSpecification> tools) {
        if (tools == null || tools.isEmpty()) {
            return 0;
        }
        try {
            return count(json.writeValueAsString(tools.stream().map(ToolSpecificationJson::of).toList()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode tool specifications: " + e.getOriginalMessage(), e);
        }
    }

    /** The first tokens of {@code text} that fit in {@code maxTokens}, cut at a line end where one is near. */
    public String head(String text, int maxTokens) {
        if (count(text) <= maxTokens) {
            return text;
        }
        List<Integer> tokens = estimator.encode(text, Math.max(0, maxTokens));
        String head = estimator.decode(tokens);
        int lineEnd = head.lastIndexOf('\n');
        return lineEnd > head.length() * 3 / 4 ? head.substring(0, lineEnd) : head;
    }
}
