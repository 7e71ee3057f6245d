package io.dbarch.agent.offline;

import io.dbarch.agent.artifact.Artifact;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the intent of the latest user message from its scripts and wording. */
final class IntentReader {

    private static final Pattern PAGE = Pattern.compile("(?i)\\bpage\\s+(\\d{1,4})\\b");
    private static final Pattern READ = Pattern.compile("(?i)\\b(read|show|open|display|print|view|page|content)");
    private static final Pattern LIST = Pattern.compile("(?i)\\b(list|which|what)\\b.{0,30}\\bartifacts\\b");
    private static final Pattern ERD = Pattern.compile("(?i)\\b(erd|er diagram|diagram|draw|visuali[sz]e)");
    private static final Pattern FOCUS = Pattern.compile(
            "(?i)\\b(?:around|for|of|centred on|centered on|focus(?:ed)? on)\\s+(?:the\\s+)?(?:table\\s+)?[`\"]?"
                    + "([A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)?)");
    private static final Pattern TABLE = Pattern.compile(
            "(?i)\\b(?:(?:describe|about|explain|show)\\s+(?:the\\s+)?table|table|columns (?:of|in)(?:\\s+(?:the\\s+)?table)?)"
                    + "\\s+[`\"]?([A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)?)");
    private static final Pattern DESCRIBE = Pattern.compile(
            "(?i)\\bdescribe\\s+[`\"]?([A-Za-z_][\\w$]*(?:\\.[A-Za-z_][\\w$]*)?)");
    private static final java.util.Set<String> NOT_TABLES = java.util.Set.of("the", "a", "an", "this", "that",
            "my", "our", "it", "schema", "table", "tables", "diagram", "erd", "me", "each", "every", "all", "which",
            "should", "would", "could", "can", "is", "are", "was", "has", "have", "had", "for", "with", "to", "in",
            "of", "and", "or", "per", "by", "on", "as", "at", "be", "do", "does", "if", "when", "so", "than", "then",
            "design", "designs", "partitioning", "size", "sizes", "names", "name", "structure", "level", "scan",
            "without", "where", "using", "from", "into", "while", "grows", "gets", "locks");

    private final Topics topics = new Topics();

    Intent read(Conversation c) {
        long sql = c.scripts().stream().filter(ScriptRef::isSql).count();
        if (sql >= 2) {
            return Intent.of(Intent.Kind.SCHEMA_PAIR);
        }
        if (c.scripts().stream().anyMatch(s -> !s.isSql())) {
            return Intent.of(Intent.Kind.REQUIREMENTS);
        }
        if (sql == 1) {
            return Intent.of(Intent.Kind.SCHEMA_REVIEW);
        }
        String text = c.latestText();
        Matcher id = Artifact.ID_PATTERN.matcher(text);
        if (id.find() && READ.matcher(text).find()) {
            Matcher page = PAGE.matcher(text);
            return new Intent(Intent.Kind.READ_ARTIFACT, Optional.of(id.group()),
                    page.find() ? Integer.parseInt(page.group(1)) : 1);
        }
        if (LIST.matcher(text).find()) {
            return Intent.of(Intent.Kind.LIST_ARTIFACTS);
        }
        Optional<String> area = AreaRequest.find(text, c.listedAreas());
        if (area.isPresent()) {
            return c.currentSql().isEmpty() ? Intent.of(Intent.Kind.NEEDS_SCHEMA)
                    : Intent.of(Intent.Kind.ERD_AREA, area.get());
        }
        if (ERD.matcher(text).find()) {
            return c.currentSql().isEmpty() ? Intent.of(Intent.Kind.NEEDS_SCHEMA)
                    : new Intent(Intent.Kind.ERD, name(FOCUS, text), 1);
        }
        Optional<String> table = name(TABLE, text).or(() -> c.currentSql().isPresent() ? name(DESCRIBE, text)
                : Optional.empty());
        if (table.isPresent() && topics.find(text).isEmpty()) {
            return c.currentSql().isEmpty() ? Intent.of(Intent.Kind.NEEDS_SCHEMA)
                    : Intent.of(Intent.Kind.TABLE, table.get());
        }
        Optional<String> findings = c.currentSql().isPresent() ? FindingsRequest.find(text) : Optional.empty();
        if (findings.isPresent()) {
            return Intent.of(Intent.Kind.FINDINGS, findings.get());
        }
        if (DomainRequest.requested(text)) {
            return Intent.of(Intent.Kind.DOMAIN);
        }
        Optional<String> sizing = CapacityRequest.yaml(text);
        if (sizing.isPresent()) {
            return Intent.of(Intent.Kind.CAPACITY, sizing.get());
        }
        if (RolesRequest.requested(text)) {
            return Intent.of(Intent.Kind.ROLES);
        }
        Optional<String> runbook = Runbook.requested(text);
        if (runbook.isPresent()) {
            return Intent.of(Intent.Kind.RUNBOOK, runbook.get());
        }
        Optional<String> topic = topics.find(text);
        if (topic.isPresent()) {
            return Intent.of(Intent.Kind.KNOWLEDGE, topic.get());
        }
        if (Wording.isQuestion(text) && text.strip().split("\\s+").length >= 3) {
            return Intent.of(Intent.Kind.KNOWLEDGE, "your question");
        }
        return Intent.of(Intent.Kind.UNCLEAR);
    }

    private static Optional<String> name(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            String candidate = m.group(1);
            if (!NOT_TABLES.contains(candidate.toLowerCase(Locale.ROOT))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
