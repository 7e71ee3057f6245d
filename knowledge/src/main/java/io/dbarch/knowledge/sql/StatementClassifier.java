package io.dbarch.knowledge.sql;

import java.util.Locale;
import java.util.Map;

/** Decides a statement's kind from its leading words, without parsing it. */
final class StatementClassifier {

    private static final Map<String, StatementKind> CREATE = Map.ofEntries(
            Map.entry("table", StatementKind.CREATE_TABLE), Map.entry("index", StatementKind.CREATE_INDEX),
            Map.entry("fulltext", StatementKind.CREATE_INDEX), Map.entry("spatial", StatementKind.CREATE_INDEX),
            Map.entry("type", StatementKind.CREATE_TYPE), Map.entry("domain", StatementKind.CREATE_DOMAIN),
            Map.entry("sequence", StatementKind.CREATE_SEQUENCE), Map.entry("view", StatementKind.CREATE_VIEW),
            Map.entry("schema", StatementKind.CREATE_SCHEMA), Map.entry("extension", StatementKind.CREATE_EXTENSION),
            Map.entry("function", StatementKind.CREATE_FUNCTION), Map.entry("procedure", StatementKind.CREATE_FUNCTION),
            Map.entry("aggregate", StatementKind.CREATE_FUNCTION), Map.entry("trigger", StatementKind.CREATE_TRIGGER),
            Map.entry("database", StatementKind.CREATE_OTHER), Map.entry("role", StatementKind.CREATE_OTHER),
            Map.entry("user", StatementKind.CREATE_OTHER), Map.entry("policy", StatementKind.CREATE_OTHER),
            Map.entry("rule", StatementKind.CREATE_OTHER), Map.entry("event", StatementKind.CREATE_OTHER),
            Map.entry("publication", StatementKind.CREATE_OTHER), Map.entry("operator", StatementKind.CREATE_OTHER),
            Map.entry("cast", StatementKind.CREATE_OTHER), Map.entry("collation", StatementKind.CREATE_OTHER));
    private static final Map<String, StatementKind> ALTER = Map.of(
            "table", StatementKind.ALTER_TABLE, "type", StatementKind.ALTER_TYPE,
            "domain", StatementKind.ALTER_DOMAIN, "sequence", StatementKind.ALTER_SEQUENCE,
            "view", StatementKind.ALTER_VIEW, "index", StatementKind.ALTER_INDEX,
            "schema", StatementKind.ALTER_SCHEMA);
    private static final Map<String, StatementKind> DROP = Map.of(
            "table", StatementKind.DROP_TABLE, "index", StatementKind.DROP_INDEX, "type", StatementKind.DROP_TYPE,
            "domain", StatementKind.DROP_DOMAIN, "sequence", StatementKind.DROP_SEQUENCE,
            "view", StatementKind.DROP_VIEW, "schema", StatementKind.DROP_SCHEMA,
            "extension", StatementKind.DROP_EXTENSION);
    private static final Map<String, StatementKind> FIRST = Map.ofEntries(
            Map.entry("grant", StatementKind.GRANT), Map.entry("revoke", StatementKind.REVOKE),
            Map.entry("insert", StatementKind.INSERT), Map.entry("replace", StatementKind.INSERT),
            Map.entry("update", StatementKind.UPDATE), Map.entry("delete", StatementKind.DELETE),
            Map.entry("truncate", StatementKind.TRUNCATE), Map.entry("copy", StatementKind.COPY),
            Map.entry("select", StatementKind.SELECT), Map.entry("with", StatementKind.SELECT),
            Map.entry("values", StatementKind.SELECT), Map.entry("explain", StatementKind.SELECT),
            Map.entry("set", StatementKind.SET), Map.entry("reset", StatementKind.SET),
            Map.entry("begin", StatementKind.TRANSACTION), Map.entry("start", StatementKind.TRANSACTION),
            Map.entry("commit", StatementKind.TRANSACTION), Map.entry("rollback", StatementKind.TRANSACTION),
            Map.entry("end", StatementKind.TRANSACTION), Map.entry("savepoint", StatementKind.TRANSACTION),
            Map.entry("release", StatementKind.TRANSACTION), Map.entry("abort", StatementKind.TRANSACTION),
            Map.entry("do", StatementKind.DO_BLOCK), Map.entry("use", StatementKind.SET));

    private static final java.util.Set<String> OTHER_COMMANDS = java.util.Set.of("analyze", "analyse", "vacuum",
            "cluster", "reindex", "listen", "notify", "unlisten", "lock", "unlock", "prepare", "execute",
            "deallocate", "discard", "checkpoint", "call", "load", "security", "import", "refresh", "declare",
            "fetch", "move", "close", "merge", "show", "describe", "desc", "optimize", "flush", "handler",
            "source", "kill", "table", "reassign", "pragma", "go", "print", "exec", "attach", "detach", "check",
            "repair", "install", "uninstall", "purge", "help", "get", "signal", "resignal", "xa", "leave",
            "iterate", "return", "if", "while", "loop", "repeat", "case", "open", "raise", "perform");

    private StatementClassifier() {
    }

    static StatementKind classify(TokenCursor in) {
        if (in.statement().meta()) {
            return StatementKind.META_COMMAND;
        }
        String first = word(in, 0);
        switch (first) {
            case "create":
                return objectKind(in, CREATE, StatementKind.CREATE_OTHER);
            case "alter":
                return objectKind(in, ALTER, StatementKind.ALTER_OTHER);
            case "drop":
                return objectKind(in, DROP, StatementKind.DROP_OTHER);
            case "comment":
                return in.isWord(1, "on") ? StatementKind.COMMENT : StatementKind.OTHER;
            case "rename":
                return StatementKind.RENAME_TABLE;
            default:
                return FIRST.getOrDefault(first, StatementKind.OTHER);
        }
    }

    private static final java.util.Set<String> OTHER_OBJECTS = java.util.Set.of("function", "procedure", "trigger",
            "aggregate", "database", "role", "user", "policy", "rule", "event", "publication", "subscription",
            "operator", "cast", "collation", "conversion", "language", "server", "foreign", "text", "statistics",
            "tablespace", "group", "access", "transform", "default", "large", "owned", "routine", "definer",
            "algorithm", "sql", "temporary", "temp", "or", "global", "local", "unique", "constraint", "trusted",
            "procedural", "recursive", "materialized", "unlogged", "if", "system", "logfile", "resource",
            "spatial", "fulltext", "column", "security", "instance", "online", "ignore", "sequence", "view",
            "schema", "extension", "domain", "type", "index", "table", "property", "opclass");

    /**
     * For CREATE/ALTER/DROP of an unknown object word (a typo such as {@code CREATE TABEL}): that word; else empty.
     */
    static java.util.Optional<String> unknownObjectWord(TokenCursor in, StatementKind kind) {
        if (kind != StatementKind.CREATE_OTHER && kind != StatementKind.ALTER_OTHER
                && kind != StatementKind.DROP_OTHER) {
            return java.util.Optional.empty();
        }
        Token t = in.peek(1);
        if (t == null || t.type() != TokenType.WORD) {
            return java.util.Optional.empty();
        }
        String word = in.text(t).toLowerCase(Locale.ROOT);
        return OTHER_OBJECTS.contains(word) ? java.util.Optional.empty() : java.util.Optional.of(in.text(t));
    }

    /** True when an OTHER statement starts like no SQL command at all (prose, a stray word). */
    static boolean looksLikeProse(TokenCursor in) {
        Token t = in.peek(0);
        if (t == null) {
            return false;
        }
        switch (t.type()) {
            case WORD:
                return !OTHER_COMMANDS.contains(in.text(t).toLowerCase(Locale.ROOT));
            case OP:
                return !in.isOp("(");
            default:
                return true;
        }
    }

    /** Finds the object word after CREATE/ALTER/DROP, skipping modifiers such as OR REPLACE, TEMP, UNIQUE. */
    private static StatementKind objectKind(TokenCursor in, Map<String, StatementKind> kinds, StatementKind other) {
        for (int k = 1; k < 16 && in.peek(k) != null; k++) {
            String w = word(in, k);
            if (w.equals("materialized") || w.equals("recursive")) {
                continue;
            }
            if (w.equals("trigger") && kinds != CREATE) {
                return other;
            }
            StatementKind kind = kinds.get(w);
            if (kind != null) {
                return kind;
            }
            if (!isModifier(w)) {
                return other;
            }
        }
        return other;
    }

    private static boolean isModifier(String w) {
        return switch (w) {
            case "or", "replace", "temp", "temporary", "unlogged", "global", "local", "unique", "constraint",
                 "trusted", "procedural", "definer", "algorithm", "sql", "security", "invoker", "undefined",
                 "merge", "temptable", "=", "online", "ignore", "if", "not", "exists", "" -> true;
            default -> w.contains("@") || w.startsWith("`") || w.startsWith("'");
        };
    }

    private static String word(TokenCursor in, int k) {
        Token t = in.peek(k);
        if (t == null) {
            return "";
        }
        return t.type() == TokenType.WORD ? in.text(t).toLowerCase(Locale.ROOT) : in.text(t);
    }
}
