package io.dbarch.web;

import static java.util.Objects.requireNonNull;

/**
 * Where and how the web app listens.
 *
 * @param host            the interface to bind, e.g. {@code 127.0.0.1}
 * @param port            the TCP port; 0 picks a free one (see {@link WebApp#port()})
 * @param maxRequestBytes the largest request body accepted; larger bodies get 413
 */
public record WebConfig(String host, int port, long maxRequestBytes) {

    /** The loopback address the app binds to when no API tokens are configured. */
    public static final String LOOPBACK = "127.0.0.1";

    /** 1 MB: enough for a large pasted schema. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_000_000L;

    public WebConfig {
        requireNonNull(host, "host");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (maxRequestBytes < 1) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, was " + maxRequestBytes);
        }
    }

    /** Loopback on {@code port} with the default body limit. */
    public static WebConfig loopback(int port) {
        return new WebConfig(LOOPBACK, port, DEFAULT_MAX_REQUEST_BYTES);
    }

    boolean isLoopback() {
        return host.equals(LOOPBACK) || host.equals("localhost") || host.equals("::1");
    }
}
