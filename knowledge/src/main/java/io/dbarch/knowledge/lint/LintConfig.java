package io.dbarch.knowledge.lint;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a {@code .dbarch.yml} sets: rules on/off and their severities, naming conventions, the sensitive-data
 * dictionary, tenancy detection, design limits and the migration runner's transaction behaviour.
 *
 * @param sensitivePatterns   name fragments that mark personal or secret data, e.g. {@code ssn}, {@code iban}
 * @param protectionMarkers   words in a column comment that say the data is protected, e.g. {@code encrypted}
 * @param tenantColumns       column names that carry the tenant key
 * @param tenantShare         share of tables (0..1) that must carry a tenant column before a schema counts as
 *                            multi-tenant
 * @param maxColumns          columns beyond which a table counts as very wide
 * @param assumeInTransaction a migration runner wraps each non-Flyway migration file in a transaction
 */
public record LintConfig(
        Map<String, RuleSetting> rules,
        NamingConvention naming,
        List<String> sensitivePatterns,
        List<String> protectionMarkers,
        List<String> tenantColumns,
        double tenantShare,
        int maxColumns,
        boolean assumeInTransaction) {

    public static final List<String> DEFAULT_SENSITIVE = List.of("ssn", "social_security", "tax_id", "taxid",
            "tin", "national_id", "passport", "card_number", "cardnumber", "credit_card", "creditcard", "pan",
            "cvv", "cvc", "iban", "account_number", "bank_account", "routing_number", "date_of_birth",
            "birth_date", "birthdate", "dob", "password", "passwd", "secret", "token", "api_key", "apikey",
            "private_key", "driver_license", "drivers_license", "medical", "diagnosis");
    public static final List<String> DEFAULT_MARKERS = List.of("encrypted", "hashed", "tokenized", "masked",
            "pii", "sensitive", "protected", "pgp_sym_encrypt", "vault");
    public static final List<String> DEFAULT_TENANT_COLUMNS = List.of("tenant_id", "organization_id", "org_id",
            "organisation_id", "workspace_id", "account_id", "customer_id", "company_id");

    public LintConfig {
        rules = Map.copyOf(rules);
        requireNonNull(naming, "naming");
        sensitivePatterns = List.copyOf(sensitivePatterns);
        protectionMarkers = List.copyOf(protectionMarkers);
        tenantColumns = List.copyOf(tenantColumns);
    }

    public static LintConfig defaults() {
        return new LintConfig(Map.of(), NamingConvention.defaults(), DEFAULT_SENSITIVE, DEFAULT_MARKERS,
                DEFAULT_TENANT_COLUMNS, 0.6, 50, false);
    }

    public Optional<RuleSetting> setting(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId));
    }

    public boolean enabled(LintRule rule) {
        return setting(rule.id()).map(RuleSetting::enabled).orElse(true);
    }

    public Severity severity(LintRule rule) {
        return setting(rule.id()).flatMap(RuleSetting::severity).orElse(rule.defaultSeverity());
    }

    /** This configuration with one rule's setting replaced. */
    public LintConfig with(String ruleId, RuleSetting setting) {
        var copy = new java.util.HashMap<>(rules);
        copy.put(ruleId, setting);
        return new LintConfig(copy, naming, sensitivePatterns, protectionMarkers, tenantColumns, tenantShare,
                maxColumns, assumeInTransaction);
    }
}
