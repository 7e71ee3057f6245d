package io.dbarch.knowledge.migration;

/** The Flyway settings the generated scripts rely on, as a flyway.conf. */
final class FlywaySettings {

    private FlywaySettings() {
    }

    static String conf(MigrationPlan plan) {
        int baseline = Math.max(0, plan.options().firstVersion() - 1);
        String text = """
                # Settings the scripts in this folder rely on (merge them into your Flyway configuration).
                flyway.locations=filesystem:.
                # Scripts that build indexes CONCURRENTLY wait for other transactions; with the default
                # transactional advisory lock, Flyway's own open transaction would make them wait forever.
                flyway.postgresql.transactional.lock=false
                # The scripts contain no Flyway placeholders; ${...} in SQL text is left alone.
                flyway.placeholderReplacement=false
                # For a database not created by Flyway: baseline below the first script.
                flyway.baselineOnMigrate=true
                flyway.baselineVersion=%d
                """.formatted(baseline);
        if (plan.dialect() != io.dbarch.knowledge.schema.Dialect.POSTGRESQL) {
            text = text.replaceAll("(?m)^# Scripts that build indexes.*\\n#.*\\n.*transactional\\.lock=false\\n", "");
        }
        return text;
    }
}
