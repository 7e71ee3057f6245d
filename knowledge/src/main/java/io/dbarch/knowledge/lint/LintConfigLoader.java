package io.dbarch.knowledge.lint;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads {@code .dbarch.yml}. Every unknown key, unknown rule id or malformed value is an error that names it and
 * says what would work. Example:
 * <pre>
 * rules:
 *   prefer-text-field: off          # off | on | error | warning | info
 *   require-primary-key: error
 * naming: { case: snake_case, tables: plural, table-prefix: "" }
 * sensitive-data: { additional-patterns: [nhs_number], protection-markers: [encrypted] }
 * tenancy: { columns: [tenant_id], min-share: 0.6 }
 * design: { max-columns: 50 }
 * migrations: { assume-in-transaction: true }
 * </pre>
 */
public final class LintConfigLoader {

    static final long MAX_BYTES = 1 << 20;
    private static final Map<String, Set<String>> SECTIONS = Map.of(
            "rules", Set.of(),
            "naming", Set.of("case", "tables", "table-prefix"),
            "sensitive-data", Set.of("patterns", "additional-patterns", "protection-markers"),
            "tenancy", Set.of("columns", "min-share"),
            "design", Set.of("max-columns"),
            "migrations", Set.of("assume-in-transaction"));

    private final Set<String> knownRuleIds;

    public LintConfigLoader(Collection<String> knownRuleIds) {
        this.knownRuleIds = new TreeSet<>(knownRuleIds);
    }

    public LintConfig load(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new LintConfigException(file + ": configuration larger than 1 MB; a .dbarch.yml is a few lines");
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new LintConfigException(file + ": cannot read the configuration file (" + e.getMessage() + ")");
        }
    }

    public LintConfig parse(String yaml, String name) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (JacksonException e) {
            throw new LintConfigException(name + ": not valid YAML: " + e.getOriginalMessage());
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            return LintConfig.defaults();
        }
        ConfigValues v = new ConfigValues(name);
        v.requireObject(root, "the top level");
        root.fieldNames().forEachRemaining(key -> {
            if (!SECTIONS.containsKey(key)) {
                throw v.error("unknown key '" + key + "'; known keys: " + new TreeSet<>(SECTIONS.keySet()));
            }
            JsonNode section = root.get(key);
            v.requireObject(section, key);
            if (!key.equals("rules")) {
                section.fieldNames().forEachRemaining(sub -> {
                    if (!SECTIONS.get(key).contains(sub)) {
                        throw v.error("unknown key '" + key + "." + sub + "'; known keys in " + key + ": "
                                + new TreeSet<>(SECTIONS.get(key)));
                    }
                });
            }
        });
        LintConfig d = LintConfig.defaults();
        JsonNode naming = root.path("naming");
        NamingConvention convention = new NamingConvention(
                v.choice(naming, "case", NamingConvention.CASE_STYLES, d.naming().caseStyle()),
                v.choice(naming, "tables", NamingConvention.TABLE_NUMBERS, d.naming().tables()),
                v.text(naming, "table-prefix", ""));
        JsonNode sensitive = root.path("sensitive-data");
        List<String> patterns = new ArrayList<>(v.list(sensitive, "patterns", d.sensitivePatterns()));
        patterns.addAll(v.list(sensitive, "additional-patterns", List.of()));
        JsonNode tenancy = root.path("tenancy");
        return new LintConfig(rules(root.path("rules"), v), convention, patterns,
                v.list(sensitive, "protection-markers", d.protectionMarkers()),
                v.list(tenancy, "columns", d.tenantColumns()),
                v.fraction(tenancy, "min-share", d.tenantShare()),
                v.positiveInt(root.path("design"), "max-columns", d.maxColumns()),
                v.bool(root.path("migrations"), "assume-in-transaction", d.assumeInTransaction()));
    }

    private Map<String, RuleSetting> rules(JsonNode rules, ConfigValues v) {
        Map<String, RuleSetting> settings = new HashMap<>();
        rules.fieldNames().forEachRemaining(id -> {
            if (!knownRuleIds.contains(id)) {
                throw v.error("unknown rule id '" + id + "' under rules" + Suggest.closest(id, knownRuleIds)
                        .map(s -> "; did you mean '" + s + "'?").orElse("; run 'dbarch lint --list-rules'"
                                + " or see docs/rules/ for the ids"));
            }
            settings.put(id, v.ruleSetting(rules.get(id), "rules." + id));
        });
        return settings;
    }
}
