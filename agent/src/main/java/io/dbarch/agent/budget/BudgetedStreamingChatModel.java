package io.dbarch.agent.budget;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import java.util.Set;

/** The streaming twin of {@link BudgetedChatModel}: every request is fitted and measured before it is sent. */
public final class BudgetedStreamingChatModel implements StreamingChatModel {

    private final StreamingChatModel delegate;
    private final RequestFitter fitter;
    private final RequestMeter meter;

    public BudgetedStreamingChatModel(StreamingChatModel delegate, RequestFitter fitter, RequestMeter meter) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.fitter = requireNonNull(fitter, "fitter");
        this.meter = requireNonNull(meter, "meter");
    }

    @Override
    public void doChat(ChatRequest request, StreamingChatResponseHandler handler) {
        ChatRequest fitted = fitter.fit(request, Overflow.NONE);
        meter.record(fitter.measure(fitted));
        delegate.chat(fitted, handler);
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }
}
