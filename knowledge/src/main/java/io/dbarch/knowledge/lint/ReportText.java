package io.dbarch.knowledge.lint;

import io.dbarch.knowledge.sql.Diagnostic;

/** Plain-text rendering of a {@link LintReport}. */
final class ReportText {

    private ReportText() {
    }

    static String render(LintReport report) {
        StringBuilder out = new StringBuilder();
        for (Finding f : report.findings()) {
            out.append(f.asLine()).append('\n');
            out.append("  help: ").append(f.help().replace("\n", "\n        ")).append('\n');
        }
        for (Diagnostic d : report.diagnostics()) {
            out.append(d.location()).append(" note unreadable-statement ").append(d.statementKind()).append(": ")
                    .append(d.message()).append(" (not linted)\n");
        }
        out.append(summary(report)).append('\n');
        return out.toString();
    }

    static String summary(LintReport report) {
        int files = report.files().size();
        return "%d finding%s (%d error, %d warning, %d info) in %d file%s, %s mode, %s; %d statement%s not read"
                .formatted(report.findings().size(), report.findings().size() == 1 ? "" : "s",
                        report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
                        files, files == 1 ? "" : "s", report.mode().id(), report.dialect().id(),
                        report.diagnostics().size(), report.diagnostics().size() == 1 ? "" : "s");
    }
}
