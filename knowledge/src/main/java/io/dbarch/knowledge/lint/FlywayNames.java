package io.dbarch.knowledge.lint;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Flyway's script naming: {@code V<version>__<description>.sql} and repeatable {@code R__<description>.sql}. */
final class FlywayNames {

    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.+\\.sql");
    private static final Pattern REPEATABLE = Pattern.compile("R__.+\\.sql");

    private FlywayNames() {
    }

    static boolean isFlyway(String path) {
        String name = fileName(path);
        return VERSIONED.matcher(name).matches() || REPEATABLE.matcher(name).matches();
    }

    /** Flyway's apply order: versioned scripts by numeric version, then repeatable ones by name. */
    static Comparator<String> order() {
        return Comparator.comparing((String p) -> REPEATABLE.matcher(fileName(p)).matches() ? 1 : 0)
                .thenComparing(FlywayNames::version, FlywayNames::compareVersions)
                .thenComparing(FlywayNames::fileName);
    }

    private static List<BigInteger> version(String path) {
        Matcher m = VERSIONED.matcher(fileName(path));
        List<BigInteger> parts = new ArrayList<>();
        if (m.matches()) {
            for (String part : m.group(1).split("[._]")) {
                parts.add(new BigInteger(part));
            }
        }
        return parts;
    }

    private static int compareVersions(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        return path.substring(slash + 1);
    }
}
