package io.dbarch.knowledge.lint;

import java.util.Locale;

/** The area a rule belongs to. */
public enum RuleFamily {
    DESIGN, TYPES, NAMING, MIGRATION, MYSQL, SECURITY, META;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
