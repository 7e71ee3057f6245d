package io.dbarch.knowledge.lint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dbarch.knowledge.sql.Diagnostic;

/** JSON rendering of a {@link LintReport} (also what {@code POST /api/lint} returns). */
final class ReportJson {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    static String render(LintReport report) {
        ObjectNode root = JSON.createObjectNode();
        root.put("mode", report.mode().id());
        root.put("dialect", report.dialect().id());
        ArrayNode files = root.putArray("files");
        report.files().forEach(files::add);
        ObjectNode summary = root.putObject("summary");
        summary.put("findings", report.findings().size());
        for (Severity s : Severity.values()) {
            summary.put(s.id(), report.count(s));
        }
        summary.put("unreadableStatements", report.diagnostics().size());
        ArrayNode findings = root.putArray("findings");
        for (Finding f : report.findings()) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", f.ruleId());
            n.put("severity", f.severity().id());
            ObjectNode at = n.putObject("location");
            at.put("file", f.location().file());
            at.put("line", f.location().line());
            at.put("column", f.location().column());
            at.put("object", f.location().object());
            n.put("message", f.message());
            n.put("help", f.help());
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        for (Diagnostic d : report.diagnostics()) {
            ObjectNode n = diagnostics.addObject();
            n.put("file", d.location().file());
            n.put("line", d.location().line());
            n.put("column", d.location().column());
            n.put("statementKind", d.statementKind());
            n.put("message", d.message());
        }
        ArrayNode rules = root.putArray("rules");
        for (RuleInfo r : report.rules()) {
            rules.addObject().put("id", r.id()).put("family", r.family().id()).put("severity", r.severity().id())
                    .put("summary", r.summary());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON rendering failed", e);
        }
    }
}
