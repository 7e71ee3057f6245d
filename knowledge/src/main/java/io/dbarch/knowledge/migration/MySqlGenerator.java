package io.dbarch.knowledge.migration;

import java.util.List;

/** MySQL plans (to be written). */
final class MySqlGenerator {

    private MySqlGenerator() {
    }

    static void generate(MySqlContext ctx) {
        ctx.changes().forEach(c -> ctx.draft().refuse(c.describe(), "MySQL plans are not written yet"));
    }

    static List<String> timeouts(PlanOptions options) {
        long seconds = Math.max(1, options.lockTimeout().toSeconds());
        return List.of("SET SESSION lock_wait_timeout = " + seconds,
                "SET SESSION innodb_lock_wait_timeout = " + seconds,
                "SET SESSION innodb_lock_wait_timeout = " + seconds);
    }
}
