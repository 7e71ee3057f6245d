package io.dbarch.knowledge.design;

import java.util.Locale;

/** Meaning-level attribute types, mapped to a column type per engine by the schema designer. */
public enum AttributeType {
    TEXT, STRING, EMAIL, MONEY, STATUS, TIMESTAMP, DATE, BOOLEAN, INTEGER, BIGINT, DECIMAL, JSON, UUID;

    /** The spelling used in requirement files, e.g. {@code money}. */
    public String spelling() {
        return name().toLowerCase(Locale.ROOT);
    }
}
