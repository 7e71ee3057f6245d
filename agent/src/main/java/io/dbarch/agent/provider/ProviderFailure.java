package io.dbarch.agent.provider;

import dev.langchain4j.exception.AuthenticationException;
import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.TimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

/**
 * Says why a provider call failed in a few words, for people and logs: the status class or the kind of network
 * failure. Never the provider's message or body, which can echo keys or prompts.
 */
final class ProviderFailure {

    private ProviderFailure() {
    }

    static String describe(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof HttpException http) {
                return status(http.statusCode());
            }
            if (t instanceof AuthenticationException) {
                return "the provider rejected the credentials; check the API key";
            }
            if (t instanceof TimeoutException || t instanceof HttpTimeoutException
                    || t instanceof java.util.concurrent.TimeoutException) {
                return "no answer within the timeout";
            }
            if (t instanceof ConnectException) {
                return "could not connect to the provider";
            }
            if (t instanceof IOException) {
                return "the connection to the provider failed (" + t.getClass().getSimpleName() + ")";
            }
        }
        return "the provider call failed (" + error.getClass().getSimpleName() + ")";
    }

    private static String status(int code) {
        if (code == 401 || code == 403) {
            return "HTTP " + code + ": the provider rejected the credentials; check the API key";
        }
        if (code == 404) {
            return "HTTP 404: unknown model or endpoint; check DBARCH_MODEL_NAME and DBARCH_MODEL_BASE_URL";
        }
        if (code == 429) {
            return "HTTP 429: rate limited, still after retrying";
        }
        if (code >= 500) {
            return "HTTP " + code + ": provider error, still after retrying";
        }
        return "HTTP " + code + ": the provider refused the request";
    }
}
