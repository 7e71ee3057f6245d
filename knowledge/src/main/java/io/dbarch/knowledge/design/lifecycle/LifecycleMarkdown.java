package io.dbarch.knowledge.design.lifecycle;

import io.dbarch.knowledge.design.Requirements;

/** The Markdown of the lifecycle section. */
final class LifecycleMarkdown {

    private LifecycleMarkdown() {
    }

    static String render(Requirements r, LifecyclePlan p) {
        StringBuilder md = new StringBuilder();
        md.append("### Retention and archival\n\n");
        if (p.retention().isEmpty()) {
            md.append("No retention periods stated: data is kept indefinitely. State one per entity before the "
                    + "largest tables grow; deleting years of rows later is far more expensive than dropping partitions.\n");
        } else {
            md.append("| entity | keep | write-once | mechanism |\n|---|---|---|---|\n");
            p.retention().forEach(x -> md.append("| %s | %s years | %s | %s |\n".formatted(x.entity(),
                    x.years() == Math.rint(x.years()) ? String.valueOf((long) x.years()) : String.valueOf(x.years()),
                    x.immutable() ? "yes" : "no", x.mechanism())));
            md.append("\n```sql\n").append(String.join("\n\n", p.retention().stream().map(x -> x.purgeSql()).toList()))
                    .append("\n```\n");
        }
        md.append("\n### Erasure\n\n");
        if (!r.compliance().rightToErasure()) {
            md.append("No right to erasure stated.\n");
        } else {
            md.append("Requests are handled within %d days; every erasure is recorded in an erasure ledger "
                    .formatted(r.compliance().erasureDeadlineDays()))
                    .append("(subject id and date only) that is re-applied after any restore from backup.\n\n");
            md.append("| entity | strategy | why |\n|---|---|---|\n");
            p.erasure().forEach(x -> md.append("| ").append(x.entity()).append(" | ").append(x.strategy()).append(" | ")
                    .append(x.why()).append(" |\n"));
            md.append("\nThe erasure job runs as the `eraser` role (see `security/grants.sql`): the application role cannot "
                    + "update append-only or write-once tables. Analytics copies receive no personal columns, so they need no erasure.\n");
        }
        md.append("\n### Legal hold\n\n");
        if (p.legalHold()) {
            md.append("""
                    A hold suspends purges and erasure for the rows it names; purge jobs skip held rows.

                    ```sql
                    CREATE TABLE legal_hold (
                        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                        entity text NOT NULL,
                        row_id bigint NOT NULL,
                        reason text NOT NULL,
                        placed_at timestamptz NOT NULL DEFAULT now(),
                        released_at timestamptz
                    );
                    CREATE INDEX legal_hold_entity_row_id_idx ON legal_hold (entity, row_id) WHERE released_at IS NULL;
                    ```
                    """);
        } else {
            md.append("Not required. If litigation starts, purge jobs must be able to skip named rows: add a "
                    + "legal_hold table and a NOT EXISTS check to each purge.\n");
        }
        return md.toString();
    }
}
