package io.dbarch.knowledge.design.runbooks;

import io.dbarch.knowledge.design.Requirements;
import io.dbarch.knowledge.design.hadr.HaDrDesign;

/** The failover drill and the point-in-time restore drill. */
final class DrillRunbooks {

    private DrillRunbooks() {
    }

    static String failover(Requirements r, HaDrDesign d) {
        if (d.standbys() == 0) {
            return "# Failover drill — " + r.name() + "\n\nThere is no standby in this design (tier: "
                    + d.tier().description() + "). Recovery from an instance failure is the restore drill; run that "
                    + "instead, and revisit this runbook if a standby is added.\n";
        }
        String lossCheck = d.synchronous() ? "zero committed transactions lost (synchronous quorum)"
                : "lost transactions ≤ " + r.slas().rpoSeconds() + " s worth of writes";
        return """
                # Failover drill — %1$s

                **Goal:** prove that losing the primary costs at most 2 minutes of writes unavailable and %2$s. Run quarterly in production hours with the on-call engineer, after announcing it.

                ## Before
                1. Standby healthy: `SELECT client_addr, state, sync_state, replay_lag FROM pg_stat_replication;` shows every standby `streaming`, replay lag < 1 s.
                2. Start a write probe: one INSERT per second into a probe table with the client timestamp, from outside the database network.
                3. Note the current WAL position: `SELECT pg_current_wal_lsn();`.

                ## Failover
                4. Trigger it the way a real failure would: managed service — forced failover (e.g. reboot with failover); self-run — `patronictl failover --candidate <standby>` or stop the primary's host.
                5. Watch the probe: record the first failed and the first successful write after the switch.

                ## Verify
                6. Downtime = last failure − first failure. **Pass:** ≤ 2 min and within the RTO of %3$d min.
                7. Compare the probe rows with the probe client's log. **Pass:** %2$s.
                8. Application error rate back to baseline within 5 minutes; connection pools reconnected (check PgBouncer `SHOW POOLS`).
                9. The old primary rejoins as a standby (`pg_rewind` or re-clone) and reaches `streaming`.

                ## Record
                10. Write down downtime, lost probe rows, anything manual; file an issue for every step that surprised someone.
                %4$s
                """.formatted(r.name(), lossCheck, r.slas().rtoMinutes(), d.drRegion().map(dr -> """

                ## Region failover (yearly, tabletop first)
                11. Promote the replica in %s only by decision of the incident lead; point DNS/the connection string at it; the old region must be fenced (no writes) before traffic moves.
                12. Accept the data loss reported by the lag at the time of promotion; reconcile from the probe and upstream logs.
                """.formatted(dr)).orElse(""));
    }

    static String restore(Requirements r, HaDrDesign d) {
        String erasure = r.compliance().rightToErasure()
                ? "7. Re-apply the erasure ledger to the restored copy before anyone queries it.\n" : "";
        return """
                # Restore drill (point in time) — %1$s

                **Goal:** prove backups restore to an exact moment and measure how long it takes. Cadence: %2$s.

                ## Steps
                1. Pick a target time 30–60 minutes in the past and note a row changed just before and one just after it.
                2. Restore into a scratch instance in an isolated network — never over production. Managed: point-in-time restore to a new instance. Self-run (pgBackRest): `pgbackrest --stanza=main --type=time --target="<timestamp>" --target-action=promote restore`.
                3. Start the clock when the restore starts; stop it when the instance accepts queries.
                4. Verify: the row changed before the target is present, the one after is absent; row counts of the largest tables within the expected range; `SELECT count(*) FROM pg_class` matches production.
                5. **Pass:** restore time ≤ the estimate of %3$s plus 25%%, and within the RTO of %4$d minutes; otherwise raise it with the owner of the RTO.
                6. Record the measured GB/h and update `platform.backup.restoreGbPerHour` in the requirements.
                %5$s%6$d. Destroy the scratch instance and its storage.
                """.formatted(r.name(), d.backup().restoreTestCadence(), minutes(d.restore().totalMinutes()),
                r.slas().rtoMinutes(), erasure, erasure.isEmpty() ? 7 : 8);
    }

    private static String minutes(double value) {
        long rounded = Math.round(value);
        return String.format(java.util.Locale.ROOT, "%,d minute%s", rounded, rounded == 1 ? "" : "s");
    }
}
