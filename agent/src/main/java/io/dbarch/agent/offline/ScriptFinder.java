package io.dbarch.agent.offline;

import io.dbarch.agent.intake.DdlDetector;
import io.dbarch.agent.intake.InputIntake;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the scripts in a user message: reference lines the intake wrote ({@code [Pasted art-2: …]}), and DDL
 * still inline (fenced, or unfenced). An inline script is passed to tools as text, so that tools without an
 * artifact store work too; a script moved out of the message is passed by id.
 */
final class ScriptFinder {

    private static final Pattern SUMMARY_INPUT = Pattern.compile("(art-[0-9a-z]+) (\\S+) \\((SQL|YAML|JSON)\\)");
    private static final Pattern SOURCE = Pattern.compile("(?m)^Source: (art-[0-9a-z]+)\\.$");

    private final DdlDetector detector = new DdlDetector();

    List<ScriptRef> inMessage(String text) {
        List<ScriptRef> found = new ArrayList<>();
        Matcher ref = InputIntake.REFERENCE.matcher(text);
        while (ref.find()) {
            // a small fenced block stays inline and is also stored: SQL is read inline below; YAML and JSON
            // requirements are passed by their id
            boolean inlineSql = ref.group(1).equals("Stored as") && ref.group(4).equals("SQL");
            if (!inlineSql && !ref.group(4).equals("text")) {
                found.add(new ScriptRef(ref.group(2), ref.group(2) + " (" + ref.group(3) + ")", ref.group(4)));
            }
        }
        String prose = InputIntake.REFERENCE_LINE.matcher(text).replaceAll(" ");
        List<String> blocks = detector.sqlBlocks(prose);
        for (String block : blocks) {
            found.add(new ScriptRef(block, "the DDL in your message" + stored(text, block), "SQL"));
        }
        if (blocks.isEmpty()) {
            OptionalInt start = detector.unfencedStart(prose);
            if (start.isPresent()) {
                String ddl = prose.substring(start.getAsInt()).strip();
                found.add(new ScriptRef(ddl, "the DDL in your message" + stored(text, ddl), "SQL"));
            }
        }
        return found;
    }

    /** The latest SQL script mentioned anywhere in earlier messages (references, folded-summary inputs, sources). */
    Optional<String> latestSqlArtifact(List<String> earlierTexts) {
        for (int i = earlierTexts.size() - 1; i >= 0; i--) {
            String text = earlierTexts.get(i);
            String last = null;
            Matcher ref = InputIntake.REFERENCE.matcher(text);
            while (ref.find()) {
                if (ref.group(4).equals("SQL")) {
                    last = ref.group(2);
                }
            }
            Matcher summary = SUMMARY_INPUT.matcher(text);
            while (summary.find()) {
                if (summary.group(3).equals("SQL")) {
                    last = summary.group(1);
                }
            }
            Matcher source = SOURCE.matcher(text);
            while (source.find()) {
                last = source.group(1);
            }
            if (last != null) {
                return Optional.of(last);
            }
        }
        return Optional.empty();
    }

    private static String stored(String text, String block) {
        int at = text.indexOf(block);
        Matcher ref = InputIntake.REFERENCE.matcher(text);
        while (at >= 0 && ref.find()) {
            if (ref.start() > at && ref.group(1).equals("Stored as")) {
                return ", stored as " + ref.group(2);
            }
        }
        return "";
    }
}
