package io.dbarch.knowledge.lint.rules;

import io.dbarch.knowledge.schema.Column;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Matches column names against the sensitive-data dictionary, word by word. */
final class SensitiveNames {

    private static final Pattern PASSWORD = Pattern.compile("(?i)(.*_)?(password|passwd|pwd|passphrase)(_.*)?");
    private static final Pattern DERIVED = Pattern.compile("(?i).*(hash|digest|salt|encrypted|enc|crypt|bcrypt|"
            + "argon|scrypt|pbkdf|hmac|_at|_on|_date|_expires?|_expiry|_reset|_changed|_policy|_length|_count|"
            + "_required|_set|_updated|_id|_version|_algorithm|_attempts?|_token)$");
    /** A prefix that says the value was transformed, as in Devise's {@code encrypted_password} (a bcrypt hash). */
    private static final Pattern DERIVED_PREFIX = Pattern.compile("(?i)(hashed|encrypted|crypted|digested|salted)_.*");

    private SensitiveNames() {
    }

    /** The dictionary entry the name matches (as whole words of a snake/camel name); empty when none. */
    static Optional<String> match(String column, List<String> patterns) {
        String words = "_" + Text.lower(column.replaceAll("([a-z0-9])([A-Z])", "$1_$2")) + "_";
        for (String p : patterns) {
            if (words.contains("_" + Text.lower(p) + "_")) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** A column that holds a password itself (not its hash, salt or metadata). */
    static boolean plainPassword(Column c) {
        return PASSWORD.matcher(c.name()).matches() && !DERIVED.matcher(c.name()).matches()
                && !transformedByName(c)
                && (c.type().is("text", "character varying", "varchar", "character", "char", "citext",
                "tinytext", "mediumtext", "longtext", "nvarchar"));
    }

    /** A name that says the value is a hash or was encrypted, e.g. {@code encrypted_password}, {@code hashed_pin}. */
    static boolean transformedByName(Column c) {
        return DERIVED_PREFIX.matcher(c.name()).matches();
    }

    static boolean protectedByComment(Column c, List<String> markers) {
        String comment = Text.lower(c.comment().orElse(""));
        return markers.stream().anyMatch(m -> comment.contains(Text.lower(m)));
    }

    static boolean encryptedType(Column c) {
        return c.type().is("bytea", "blob", "varbinary", "binary", "longblob", "mediumblob");
    }
}
