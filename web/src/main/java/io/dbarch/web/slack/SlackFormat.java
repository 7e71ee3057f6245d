package io.dbarch.web.slack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the agent's Markdown into Slack mrkdwn and splits it into pieces that fit a section block: headings and
 * {@code **bold**} become {@code *bold*}, links {@code <url|text>}, {@code &}, {@code <} and {@code >} are escaped,
 * and a code block cut by a split is closed and reopened so each piece renders on its own.
 */
final class SlackFormat {

    /** Slack allows 3000 characters per section text; leave room for the fence a split adds. */
    static final int MAX_PIECE = 2900;

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*)$");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(.+?)\\*\\*");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]{1,200})]\\((https?://[^)\\s]{1,500})\\)");

    private SlackFormat() {
    }

    static String mrkdwn(String markdown) {
        var out = new StringBuilder();
        boolean code = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.strip().startsWith("```")) {
                code = !code;
                out.append("```").append('\n');
                continue;
            }
            String escaped = escape(line);
            if (!code) {
                Matcher heading = HEADING.matcher(escaped);
                escaped = heading.matches() ? "*" + heading.group(1).replace("*", "") + "*" : escaped;
                escaped = BOLD.matcher(escaped).replaceAll("*$1*");
                escaped = LINK.matcher(escaped).replaceAll("<$2|$1>");
            }
            out.append(escaped).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** Pieces of at most {@link #MAX_PIECE} characters, split at line ends where possible. */
    static List<String> pieces(String mrkdwn) {
        var pieces = new ArrayList<String>();
        var current = new StringBuilder();
        boolean code = false;
        for (String line : mrkdwn.split("\n", -1)) {
            for (String part : hardSplit(line)) {
                if (current.length() + part.length() + 1 > MAX_PIECE - 4 && current.length() > 0) {
                    if (code) {
                        current.append("```");
                    }
                    pieces.add(current.toString().stripTrailing());
                    current.setLength(0);
                    if (code) {
                        current.append("```\n");
                    }
                }
                current.append(part).append('\n');
            }
            if (line.startsWith("```")) {
                code = !code;
            }
        }
        if (!current.toString().isBlank()) {
            pieces.add(current.toString().stripTrailing());
        }
        return pieces;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static List<String> hardSplit(String line) {
        int max = MAX_PIECE - 8;
        if (line.length() <= max) {
            return List.of(line);
        }
        var parts = new ArrayList<String>();
        for (int i = 0; i < line.length(); i += max) {
            parts.add(line.substring(i, Math.min(line.length(), i + max)));
        }
        return parts;
    }
}
