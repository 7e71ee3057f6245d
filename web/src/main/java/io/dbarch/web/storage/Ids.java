package io.dbarch.web.storage;

import java.security.SecureRandom;

/** Unguessable ids such as {@code art-3k9x…}: a prefix and 20 random base-36 characters (about 103 bits). */
public final class Ids {

    private static final char[] ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private final SecureRandom random = new SecureRandom();

    public String next(String prefix) {
        var id = new StringBuilder(prefix).append('-');
        for (int i = 0; i < 20; i++) {
            id.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return id.toString();
    }
}
