package io.dbarch.web.api;

import io.dbarch.web.http.JsonBodies;
import io.javalin.http.Context;

/** Query parameters, validated with specific 400 problems. */
final class Queries {

    private Queries() {
    }

    static int limit(Context ctx, int fallback, int max) {
        String value = ctx.queryParam("limit");
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw JsonBodies.invalid("'limit' must be a whole number from 1 to " + max + ".");
    }
}
