package io.dbarch.web.security;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a token may do; each role includes the ones before it. */
public enum Role {
    /** Reads its own conversations, artifacts and escalations. */
    VIEWER,
    /** Also chats and calls the engines. */
    ARCHITECT,
    /** Also sees everyone's conversations and escalations, the audit log, and manages tokens. */
    ADMIN;

    public boolean includes(Role needed) {
        return ordinal() >= needed.ordinal();
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> parse(String text) {
        return Arrays.stream(values()).filter(r -> r.id().equals(text.trim().toLowerCase(Locale.ROOT))).findFirst();
    }
}
