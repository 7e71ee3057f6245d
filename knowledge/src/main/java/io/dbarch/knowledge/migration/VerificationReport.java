package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.Verification.Failure;
import io.dbarch.knowledge.migration.Verification.Status;
import io.dbarch.knowledge.migration.Verification.StepRun;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builds {@link Verification}s with their summaries. */
final class VerificationReport {

    private VerificationReport() {
    }

    static Verification failed(Failure failure, List<StepRun> steps, long rows, List<String> notes, Duration d) {
        String summary = "Verification failed at the " + failure.stage() + ": " + failure.asLine()
                + "\n" + ran(steps) + ".";
        return new Verification(Status.FAILED, summary, steps, Optional.of(failure), List.of(), List.of(), rows,
                notes, d);
    }

    static Verification finished(Status status, List<StepRun> steps, List<String> differences, List<String> losses,
                                 long rows, List<String> notes, Duration d) {
        var text = new StringBuilder(status == Status.VERIFIED ? "Verified on the PostgreSQL sandbox: "
                : "Verification failed: ");
        text.append(ran(steps)).append("; ");
        text.append(differences.isEmpty() ? "the migrated schema matches the target"
                : differences.size() + " difference(s) from the target remain, e.g. " + differences.get(0));
        text.append("; ").append(rows).append(" sample rows inserted");
        text.append(losses.isEmpty() ? " and every kept row and value survived" : ", but " + losses.size()
                + " loss(es), e.g. " + losses.get(0));
        text.append(" (").append(d.toMillis()).append(" ms in all).");
        if (!notes.isEmpty()) {
            text.append("\n").append(notes.size()).append(" table(s) got no or fewer sample rows, e.g. ")
                    .append(notes.get(0));
        }
        return new Verification(status, text.toString(), steps, Optional.empty(), differences, losses, rows, notes,
                d);
    }

    private static String ran(List<StepRun> steps) {
        long ms = steps.stream().mapToLong(s -> s.duration().toMillis()).sum();
        return steps.size() + " script(s) ran in " + ms + " ms";
    }
}
