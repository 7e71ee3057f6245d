package io.dbarch.agent.budget;

import java.util.Optional;

/** Keeps the full text of something trimmed to fit the budget, e.g. as an artifact; returns its id if kept. */
@FunctionalInterface
public interface Overflow {

    /** Keeps nothing: trimmed text only says that it was trimmed. */
    Overflow NONE = (name, text) -> Optional.empty();

    Optional<String> keep(String name, String text);
}
