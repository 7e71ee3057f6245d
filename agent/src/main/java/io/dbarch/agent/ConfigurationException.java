package io.dbarch.agent;

/** A setting (usually an environment variable) has a value dbarch cannot use; the message says which and why. */
public final class ConfigurationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }
}
