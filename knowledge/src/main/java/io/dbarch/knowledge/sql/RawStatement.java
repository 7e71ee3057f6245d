package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.SourceLocation;
import java.util.List;

/**
 * One statement as the splitter found it.
 *
 * @param source   the whole source text the token offsets point into
 * @param tokens   the statement's tokens without comments and without the terminator
 * @param comments comments between the previous statement and this one
 * @param problem  a lexical problem such as an unterminated quote; empty when none
 * @param meta     a psql meta-command or MySQL DELIMITER line rather than SQL
 */
record RawStatement(String source, List<Token> tokens, List<String> comments, SourceLocation location,
                    String problem, boolean meta) {

    RawStatement {
        tokens = List.copyOf(tokens);
        comments = List.copyOf(comments);
    }

    String text() {
        return tokens.isEmpty() ? "" : source.substring(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    }
}
