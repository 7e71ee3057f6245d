package io.dbarch.knowledge.lint;

/** A configuration file that cannot be used; the message names the file, the key and what would work. */
public final class LintConfigException extends RuntimeException {

    public LintConfigException(String message) {
        super(message);
    }
}
