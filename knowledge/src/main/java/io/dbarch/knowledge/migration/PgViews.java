package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.ViewChanges.CreateView;
import io.dbarch.knowledge.migration.ViewChanges.DropView;
import io.dbarch.knowledge.migration.ViewChanges.ReplaceView;
import io.dbarch.knowledge.migration.ViewChanges.ViewComment;
import io.dbarch.knowledge.schema.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Places view changes once every other action is known: a view is dropped before the first action that changes
 * or removes a column it reads (in expand, or in contract when that is where the change is) and created after
 * the last one. A view is dropped no later than any view it reads and created no earlier; views reading other
 * views are dropped first and created last.
 */
final class PgViews {

    private final PgContext ctx;
    private final Set<String> expandTouched = new HashSet<>();
    private final Set<String> contractTouched = new HashSet<>();
    private final ViewDepth depth;
    private final Map<View, Stage> drops = new LinkedHashMap<>();
    private final Map<View, Stage> creates = new LinkedHashMap<>();

    PgViews(PgContext ctx) {
        this.ctx = ctx;
        for (Action a : ctx.draft().actions) {
            (a.stage().phase() == Phase.CONTRACT ? contractTouched : expandTouched).addAll(a.touches());
        }
        List<View> all = new ArrayList<>(ctx.from().views());
        all.addAll(ctx.to().views());
        this.depth = new ViewDepth(all);
    }

    void place(List<Change> changes) {
        Set<View> forGood = new HashSet<>();
        for (Change change : changes) {
            if (change instanceof CreateView c) {
                creates.put(c.view(), reads(c.view(), contractTouched) ? Stage.VIEW_CREATE_CONTRACT : Stage.VIEW_CREATE);
            } else if (change instanceof DropView d) {
                drops.put(d.view(), reads(d.view(), expandTouched) ? Stage.VIEW_DROP : Stage.VIEW_DROP_CONTRACT);
                forGood.add(d.view());
            } else if (change instanceof ReplaceView r) {
                boolean inContract = reads(r.before(), contractTouched) || reads(r.after(), contractTouched);
                drops.put(r.before(), reads(r.before(), expandTouched) || !inContract ? Stage.VIEW_DROP
                        : Stage.VIEW_DROP_CONTRACT);
                creates.put(r.after(), inContract ? Stage.VIEW_CREATE_CONTRACT : Stage.VIEW_CREATE);
            } else if (change instanceof ViewComment v) {
                ctx.draft().add(Action.of(Stage.COMMENTS, "comments", change.describe(), List.of(
                        ViewSql.comment(v.view())), List.of()));
            }
        }
        settle(drops, true);
        settle(creates, false);
        drops.forEach((view, stage) -> drop(view, stage, forGood.contains(view)));
        creates.forEach(this::create);
        creates.forEach((view, stage) -> {
            if (stage == Stage.VIEW_CREATE_CONTRACT && drops.get(view) == Stage.VIEW_DROP) {
                ctx.draft().note("View " + view.name() + " is missing from the expand phase until the contract"
                        + " phase: it reads columns or views that change in both.");
            }
        });
    }

    /** Drops move earlier to the earliest drop of a view they read; creates later to the latest create. */
    private static void settle(Map<View, Stage> stages, boolean earliest) {
        boolean moved = true;
        for (int round = 0; moved && round < 50; round++) {
            moved = false;
            for (Map.Entry<View, Stage> e : stages.entrySet()) {
                for (Map.Entry<View, Stage> other : stages.entrySet()) {
                    boolean reads = other.getKey() != e.getKey()
                            && Identifiers.mentions(e.getKey().definition(), other.getKey().name().name());
                    boolean wrong = earliest ? other.getValue().compareTo(e.getValue()) < 0
                            : other.getValue().compareTo(e.getValue()) > 0;
                    if (reads && wrong) {
                        e.setValue(other.getValue());
                        moved = true;
                    }
                }
            }
        }
    }

    private void create(View view, Stage stage) {
        List<String> sql = new ArrayList<>(List.of(ViewSql.create(view)));
        view.comment().ifPresent(c -> sql.add(ViewSql.comment(view)));
        Action action = Action.of(stage, "views", "create " + ViewSql.kind(view) + view.name(), sql,
                List.of(ViewSql.drop(view))).order(depth.of(view));
        if (view.materialized()) {
            action = action.asLongRunning().hazard(HazardKind.SCANS_TABLE, "the materialized view runs its query"
                    + " to fill itself");
        }
        ctx.draft().add(action);
    }

    private void drop(View view, Stage stage, boolean forGood) {
        Action action = Action.of(stage, "views", "drop " + ViewSql.kind(view) + view.name()
                        + (forGood ? "" : " (to create it again)"), List.of(ViewSql.drop(view)),
                List.of(ViewSql.create(view)))
                .order(-depth.of(view))
                .hazard(HazardKind.BREAKS_RUNNING_APP, "queries of " + view.name() + " fail until it is created"
                        + " again" + (forGood ? " (it is not)" : ""));
        ctx.draft().add(forGood ? action.deployBefore("Deploy the application version that no longer uses the"
                + " views dropped from here on.") : action);
    }

    private boolean reads(View view, Set<String> touched) {
        for (String key : touched) {
            int dot = key.lastIndexOf('.');
            if (Identifiers.mentions(view.definition(), key.substring(0, dot))
                    && Identifiers.mentions(view.definition(), key.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }
}
