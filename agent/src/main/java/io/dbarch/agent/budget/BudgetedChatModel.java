package io.dbarch.agent.budget;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Set;

/**
 * Enforces the context budget on every call to the wrapped model: the request is fitted (a no-op when it already
 * fits), measured, and only then sent. Nothing reaches the model over budget.
 */
public final class BudgetedChatModel implements ChatModel {

    private final ChatModel delegate;
    private final RequestFitter fitter;
    private final RequestMeter meter;

    public BudgetedChatModel(ChatModel delegate, RequestFitter fitter, RequestMeter meter) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.fitter = requireNonNull(fitter, "fitter");
        this.meter = requireNonNull(meter, "meter");
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        ChatRequest fitted = fitter.fit(request, Overflow.NONE);
        meter.record(fitter.measure(fitted));
        return delegate.chat(fitted);
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }
}
