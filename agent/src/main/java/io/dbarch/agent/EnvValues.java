package io.dbarch.agent;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/** Reading environment values with messages that name the variable and what would work. */
final class EnvValues {

    private EnvValues() {
    }

    static int number(Map<String, String> env, String name, int fallback, int min, int max) {
        String value = env.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(name + "='" + abbreviate(value) + "' must be a whole number from " + min
                + " to " + max);
    }

    static String url(Map<String, String> env, String name, String fallback) {
        String value = env.getOrDefault(name, "").trim();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme();
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return value;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw new ConfigurationException(name + "='" + abbreviate(redact(value)) + "' is not an http(s) URL, e.g. "
                + "http://localhost:11434/v1 for Ollama");
    }

    /** The URL without user info or query (which can carry credentials). */
    static String redact(String url) {
        String noQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) + "?…" : url;
        return noQuery.replaceAll("(?<=://)[^/@]*@", "…@");
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 40) + "…";
    }
}
