package io.dbarch.agent;

/** OpenAI chat-completions wire bodies for WireMock stubs. */
final class OpenAiWire {

    private OpenAiWire() {
    }

    static String toolCall(String name, String argumentsJson) {
        String escaped = argumentsJson.replace("\\", "\\\\").replace("\"", "\\\"");
        return """
                {"id":"chatcmpl-1","object":"chat.completion","created":1730000000,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"finish_reason":"tool_calls","message":{"role":"assistant","content":null,
                   "tool_calls":[{"id":"call_1","type":"function","function":{"name":"%s","arguments":"%s"}}]}}],
                 "usage":{"prompt_tokens":50,"completion_tokens":12,"total_tokens":62}}""".formatted(name, escaped);
    }

    static String answer(String text) {
        return """
                {"id":"chatcmpl-2","object":"chat.completion","created":1730000001,"model":"gpt-4o-mini",
                 "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"%s"}}],
                 "usage":{"prompt_tokens":80,"completion_tokens":10,"total_tokens":90}}"""
                .formatted(text.replace("\"", "\\\""));
    }

    static String stream(String... pieces) {
        var out = new StringBuilder();
        for (String p : pieces) {
            out.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",")
                    .append("\"choices\":[{\"index\":0,\"delta\":{\"content\":\"").append(p).append("\"}}]}\n\n");
        }
        out.append("data: {\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"created\":1,\"model\":\"m\",")
                .append("\"choices\":[{\"index\":0,\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n");
        return out.append("data: [DONE]\n\n").toString();
    }
}
