package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.sql.ThrowawayDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs sample INSERTs in one round trip: a DO block where each row is its own subtransaction, so a row PostgreSQL
 * rejects is reported (as a notice) and the others stay.
 */
final class SampleRun {

    private SampleRun() {
    }

    /** @param owners the table of each statement, for the notes */
    static SampleData.Result run(ThrowawayDatabase db, List<String> statements, List<String> owners,
                                 List<String> notes) {
        if (statements.isEmpty()) {
            return new SampleData.Result(0, notes);
        }
        var block = new StringBuilder("DO $dbarch$\nDECLARE\n    inserted bigint := 0;\nBEGIN\n");
        for (int i = 0; i < statements.size(); i++) {
            block.append("    BEGIN\n        ").append(statements.get(i)).append(";\n        inserted := inserted + 1;\n")
                    .append("    EXCEPTION WHEN OTHERS THEN\n        RAISE NOTICE 'dbarch-sample %|%', ")
                    .append(Sql.literal(owners.get(i))).append(", SQLERRM;\n    END;\n");
        }
        block.append("    RAISE NOTICE 'dbarch-rows %', inserted;\nEND\n$dbarch$");
        Map<String, String> failed = new LinkedHashMap<>();
        long rows = 0;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.setEscapeProcessing(false);
            st.execute(block.toString());
            for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
                String text = String.valueOf(w.getMessage());
                if (text.startsWith("dbarch-rows ")) {
                    rows = Long.parseLong(text.substring("dbarch-rows ".length()).trim());
                } else if (text.startsWith("dbarch-sample ")) {
                    String rest = text.substring("dbarch-sample ".length());
                    int bar = rest.indexOf('|');
                    failed.putIfAbsent(rest.substring(0, bar), rest.substring(bar + 1));
                }
            }
        } catch (SQLException e) {
            notes.add("no sample rows: " + e.getMessage());
        }
        failed.forEach((t, why) -> notes.add(t + ": " + why));
        return new SampleData.Result(rows, notes);
    }
}
