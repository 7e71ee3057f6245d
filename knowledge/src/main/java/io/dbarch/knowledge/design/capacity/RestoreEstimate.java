package io.dbarch.knowledge.design.capacity;

import io.dbarch.knowledge.design.Requirements;

/**
 * How long a point-in-time restore takes: fetch and unpack the newest base backup at the restore throughput,
 * then replay the WAL written since it. WAL volume assumes 2 KB per write (row, index entries and amortised
 * full-page images) at half the peak write rate on average; replay runs at the restore throughput.
 *
 * @param dataGb      data to restore
 * @param gbPerHour   restore throughput
 * @param walGb       WAL to replay, at worst one full-backup interval
 * @param baseMinutes minutes to restore the base backup
 * @param walMinutes  minutes to replay the WAL
 */
public record RestoreEstimate(double dataGb, double gbPerHour, double walGb, double baseMinutes, double walMinutes) {

    static final double WAL_BYTES_PER_WRITE = 2_000;

    public static RestoreEstimate of(Requirements r) {
        double dataGb = SizeModel.currentGb(r);
        double gbPerHour = r.platform().backup().restoreGbPerHour();
        double hours = r.platform().backup().fullBackupIntervalHours();
        double walGb = r.workload().peakWritesPerSecond() / 2 * WAL_BYTES_PER_WRITE * 3600 * hours / 1e9;
        return new RestoreEstimate(dataGb, gbPerHour, walGb, dataGb / gbPerHour * 60, walGb / gbPerHour * 60);
    }

    public double totalMinutes() {
        return baseMinutes + walMinutes;
    }

    public String explanation() {
        return ("Restoring %,.0f GB at %,.0f GB/h takes %,.0f minutes, and replaying up to %,.1f GB of WAL written "
                + "since the last full backup adds %,.0f minutes: about %,.0f minutes in total.")
                .formatted(dataGb, gbPerHour, baseMinutes, walGb, walMinutes,
                        totalMinutes());
    }
}
