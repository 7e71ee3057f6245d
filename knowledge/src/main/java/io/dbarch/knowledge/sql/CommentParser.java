package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.SourceLocation;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads {@code COMMENT ON <kind> <target> IS '…' | NULL}. */
final class CommentParser {

    private static final Set<String> NAMED_KINDS = Set.of("table", "view", "materialized view", "index", "schema",
            "type", "domain", "sequence", "extension", "foreign table");

    private CommentParser() {
    }

    static DdlStatement.CommentOn parse(TokenCursor in, SourceLocation at) {
        in.expect("comment", "on");
        StringBuilder kind = new StringBuilder();
        while (in.peek(0) != null && in.peek(0).type() == TokenType.WORD && !isKindDone(kind.toString(), in)) {
            kind.append(kind.length() == 0 ? "" : " ").append(in.text(in.next()).toLowerCase(Locale.ROOT));
        }
        String k = kind.toString();
        QualifiedName target;
        Optional<String> column = Optional.empty();
        if (k.equals("column")) {
            List<String> parts = in.dottedName();
            if (parts.size() < 2) {
                throw in.error("expected COMMENT ON COLUMN table.column");
            }
            int last = parts.size() - 1;
            target = last >= 2 ? QualifiedName.of(parts.get(last - 2), parts.get(last - 1))
                    : QualifiedName.unqualified(parts.get(0));
            column = Optional.of(parts.get(last));
        } else if (NAMED_KINDS.contains(k)) {
            target = in.qualifiedName();
        } else {
            String text = in.until(false, Set.of("is")).strip();
            if (text.isEmpty()) {
                throw in.error("expected the object to comment on");
            }
            target = QualifiedName.unqualified(text);
        }
        in.expect("is");
        Optional<String> text = in.accept("null") ? Optional.empty() : Optional.of(in.stringLiteral());
        return new DdlStatement.CommentOn(k, target, column, text, at);
    }

    /** The kind words end where the object's name starts. */
    private static boolean isKindDone(String kindSoFar, TokenCursor in) {
        if (kindSoFar.isEmpty()) {
            return false;
        }
        String next = in.text(in.peek(0)).toLowerCase(Locale.ROOT);
        return switch (kindSoFar) {
            case "materialized", "foreign", "text", "text search", "event", "access", "operator", "large",
                 "procedural" -> !(next.equals("view") || next.equals("table") || next.equals("search")
                    || next.equals("configuration") || next.equals("dictionary") || next.equals("parser")
                    || next.equals("template") || next.equals("trigger") || next.equals("method")
                    || next.equals("class") || next.equals("family") || next.equals("object")
                    || next.equals("language") || next.equals("data") || next.equals("wrapper"));
            default -> true;
        };
    }
}
