package io.dbarch.agent;

import static java.util.Objects.requireNonNull;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.agent.tool.ToolSpecification;
import dev.langchain4j.exception.ToolArgumentsException;
import dev.langchain4j.exception.ToolExecutionException;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.time.Duration;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one tool for the model and never lets a failure escape: bad arguments and tool errors become a result
 * that says what failed and what would work (internal errors say only their kind, no stack trace); results over
 * the budget's share are trimmed by the {@link ToolResultLimiter}, which keeps the full text as an artifact.
 * Every run, failed or not, is reported to the {@link ToolObserver} with its duration.
 */
final class GuardedToolExecutor implements ToolExecutor {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedToolExecutor.class);
    private static final int MAX_MESSAGE_CHARS = 1_000;

    private final ToolExecutor delegate;
    private final ToolSpecification spec;
    private final ToolResultLimiter limiter;
    private final ToolObserver observer;

    GuardedToolExecutor(ToolExecutor delegate, ToolSpecification spec, ToolResultLimiter limiter,
            ToolObserver observer) {
        this.delegate = requireNonNull(delegate, "delegate");
        this.spec = requireNonNull(spec, "spec");
        this.limiter = requireNonNull(limiter, "limiter");
        this.observer = requireNonNull(observer, "observer");
    }

    @Override
    public String execute(ToolExecutionRequest request, Object memoryId) {
        return executeWithContext(request, InvocationContext.builder().chatMemoryId(memoryId).build()).resultText();
    }

    @Override
    public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext context) {
        long started = System.nanoTime();
        ToolExecutionResult result = run(request, context);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        try {
            observer.toolFinished(spec.name(), took, result.isError());
        } catch (RuntimeException e) {
            LOG.warn("The tool observer failed for {}: {}", spec.name(), e.toString());
        }
        return result;
    }

    private ToolExecutionResult run(ToolExecutionRequest request, InvocationContext context) {
        Object conversationId = context == null ? null : context.chatMemoryId();
        try {
            ToolExecutionResult result = delegate.executeWithContext(request, context);
            String text = result.resultText() == null ? "" : result.resultText();
            return ToolExecutionResult.builder().isError(result.isError())
                    .resultText(limiter.limit(conversationId, spec.name(), text)).build();
        } catch (ToolArgumentsException e) {
            return error("The arguments of " + spec.name() + " are not valid (" + message(e.getCause() == null ? e
                    : e.getCause()) + "). Expected: " + parameters() + ".");
        } catch (ToolExecutionException e) {
            return error(spec.name() + " failed: " + message(e.getCause() == null ? e : e.getCause()));
        } catch (RuntimeException e) {
            return error(spec.name() + " failed: " + message(e));
        }
    }

    private static ToolExecutionResult error(String text) {
        return ToolExecutionResult.builder().isError(true).resultText(text).build();
    }

    /** A user-facing message for exceptions that carry one; only the kind for programming errors. */
    static String message(Throwable e) {
        boolean bug = e instanceof NullPointerException || e instanceof ClassCastException
                || e instanceof IndexOutOfBoundsException || e instanceof ArithmeticException
                || e instanceof StackOverflowError || e.getMessage() == null || e.getMessage().isBlank();
        if (bug) {
            return "internal error (" + e.getClass().getSimpleName() + "); try other arguments or continue without "
                    + "this tool";
        }
        String m = e.getMessage().replaceAll("\\s+", " ").strip();
        return m.length() <= MAX_MESSAGE_CHARS ? m : m.substring(0, MAX_MESSAGE_CHARS) + "…";
    }

    private String parameters() {
        if (spec.parameters() == null || spec.parameters().properties().isEmpty()) {
            return "no arguments";
        }
        return spec.parameters().properties().keySet().stream()
                .map(p -> p + (spec.parameters().required().contains(p) ? "" : " (optional)"))
                .collect(Collectors.joining(", "));
    }
}
