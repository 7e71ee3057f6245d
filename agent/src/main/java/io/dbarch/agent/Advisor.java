package io.dbarch.agent;

import dev.langchain4j.data.message.Content;
import dev.langchain4j.service.MemoryId;
import dev.langchain4j.service.Result;
import dev.langchain4j.service.TokenStream;
import dev.langchain4j.service.UserMessage;
import dev.langchain4j.service.memory.ChatMemoryAccess;
import java.util.List;

/**
 * The LangChain4j AI service. The message is passed as {@link Content} so that LangChain4j does not treat user
 * text as a prompt template ({@code {{x}}} in a pasted script must stay data).
 */
interface Advisor extends ChatMemoryAccess {

    Result<String> chat(@MemoryId String conversationId, @UserMessage List<Content> message);

    TokenStream stream(@MemoryId String conversationId, @UserMessage List<Content> message);
}
