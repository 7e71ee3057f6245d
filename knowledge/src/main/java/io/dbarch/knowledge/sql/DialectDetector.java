package io.dbarch.knowledge.sql;

import io.dbarch.knowledge.schema.Dialect;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Guesses whether a script is PostgreSQL or MySQL from tell-tale constructs; PostgreSQL when in doubt. */
final class DialectDetector {

    private static final Pattern MYSQL = Pattern.compile(
            "(?i)`\\w+`|\\bENGINE\\s*=|\\bAUTO_INCREMENT\\b|^\\s*DELIMITER\\s|\\bUNSIGNED\\b|\\bDEFAULT\\s+CHARSET\\b"
                    + "|\\bLOCK\\s+TABLES\\b|/\\*!\\d+|\\bADD\\s+(INDEX|KEY)\\b|\\b(MODIFY|CHANGE)\\s+COLUMN\\b"
                    + "|\\bDROP\\s+(INDEX|KEY)\\s+\\S+\\s+ON\\b|\\bDROP\\s+FOREIGN\\s+KEY\\b|\\bDATETIME\\b", Pattern.MULTILINE);
    private static final Pattern POSTGRES = Pattern.compile(
            "(?i)::\\w|\\$\\$|\\$\\w+\\$|\\bSERIAL\\b|\\bBIGSERIAL\\b|\\bCREATE\\s+EXTENSION\\b|^\\\\\\w|\\bJSONB\\b"
                    + "|\\bTIMESTAMPTZ\\b|\\bpg_catalog\\.|\\bOWNER\\s+TO\\b|\\bCONCURRENTLY\\b|\\bUSING\\s+(gin|gist)\\b"
                    + "|\\bPLPGSQL\\b|\\bREGCLASS\\b", Pattern.MULTILINE);
    private static final Pattern COMMENTS = Pattern.compile("(?s)--[^\n]*|#[^\n]*|/\\*.*?\\*/");
    private static final int SAMPLE = 256 * 1024;

    private DialectDetector() {
    }

    static Dialect detect(String text) {
        String raw = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        int conditionalComments = raw.contains("/*!") ? 1 : 0;
        String sample = COMMENTS.matcher(raw).replaceAll(" ");
        int mysql = count(MYSQL.matcher(sample)) + conditionalComments;
        int postgres = count(POSTGRES.matcher(sample));
        return mysql > postgres ? Dialect.MYSQL : Dialect.POSTGRESQL;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find() && n < 1000) {
            n++;
        }
        return n;
    }
}
