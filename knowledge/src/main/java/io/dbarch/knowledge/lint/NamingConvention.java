package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

/**
 * Naming conventions the naming rules check.
 *
 * @param caseStyle   {@code snake_case} (default), {@code camelCase}, {@code PascalCase} or {@code any}
 * @param tables      table-name number: {@code consistent} (default: all singular or all plural), {@code singular},
 *                    {@code plural} or {@code any}
 * @param tablePrefix a prefix every table name must start with; empty for none
 */
public record NamingConvention(String caseStyle, String tables, String tablePrefix) {

    public static final java.util.List<String> CASE_STYLES = java.util.List.of("snake_case", "camelCase",
            "PascalCase", "any");
    public static final java.util.List<String> TABLE_NUMBERS = java.util.List.of("consistent", "singular",
            "plural", "any");

    public NamingConvention {
        requireNonNull(caseStyle, "caseStyle");
        requireNonNull(tables, "tables");
        requireNonNull(tablePrefix, "tablePrefix");
    }

    public static NamingConvention defaults() {
        return new NamingConvention("snake_case", "consistent", "");
    }
}
