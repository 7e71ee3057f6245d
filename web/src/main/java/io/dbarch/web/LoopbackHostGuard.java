package io.dbarch.web;

import io.dbarch.web.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.Set;

/**
 * Rejects requests whose {@code Host} is not a loopback name while the app listens on loopback only, so that a web
 * page elsewhere cannot reach the app through a DNS name that resolves to 127.0.0.1 (DNS rebinding).
 */
final class LoopbackHostGuard {

    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    void check(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || !LOOPBACK_NAMES.contains(hostName(host))) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "This server listens on loopback only; use "
                    + "http://localhost:<port>/ or http://127.0.0.1:<port>/.");
        }
    }

    static String hostName(String hostHeader) {
        String host = hostHeader.trim().toLowerCase(Locale.ROOT);
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(0, end + 1);
        }
        int colon = host.indexOf(':');
        return colon < 0 ? host : host.substring(0, colon);
    }
}
