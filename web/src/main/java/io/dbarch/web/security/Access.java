package io.dbarch.web.security;

import io.dbarch.web.http.ProblemException;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** The caller of a request, as the {@link AuthFilter} established it, and role checks. */
public final class Access {

    static final String ATTRIBUTE = "dbarch.principal";

    private Access() {
    }

    /** The authenticated caller. */
    public static Principal principal(Context ctx) {
        Principal p = ctx.attribute(ATTRIBUTE);
        if (p == null) {
            throw new ProblemException(HttpStatus.UNAUTHORIZED, "Send 'Authorization: Bearer <token>'.");
        }
        return p;
    }

    /** The caller, who must have at least {@code role}; 403 otherwise. */
    public static Principal require(Context ctx, Role role) {
        Principal p = principal(ctx);
        if (!p.role().includes(role)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "This needs the " + role.id() + " role; your token "
                    + "has " + p.role().id() + ".");
        }
        return p;
    }

    /** True when the caller may see what {@code owner} owns: the owner and admins. */
    public static boolean mayRead(Principal p, String owner) {
        return p.isAdmin() || p.name().equals(owner);
    }
}
