package io.dbarch.knowledge.migration;

import io.dbarch.knowledge.migration.ObjectChanges.CreateView;
import io.dbarch.knowledge.migration.ObjectChanges.DropView;
import io.dbarch.knowledge.migration.ObjectChanges.ReplaceView;
import io.dbarch.knowledge.migration.ObjectChanges.ViewComment;
import io.dbarch.knowledge.schema.View;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Places view changes once every other action is known: a view is dropped before the first action that changes
 * or removes a column it reads (in expand, or in contract when that is where the change is) and created after
 * the last one; views reading other views are dropped first and created last.
 */
final class PgViews {

    private final PgContext ctx;
    private final Set<String> expandTouched = new HashSet<>();
    private final Set<String> contractTouched = new HashSet<>();
    private final List<View> all = new ArrayList<>();
    private final java.util.Map<View, Integer> depths = new java.util.HashMap<>();

    PgViews(PgContext ctx) {
        this.ctx = ctx;
        for (Action a : ctx.draft().actions) {
            (a.stage().phase() == Phase.CONTRACT ? contractTouched : expandTouched).addAll(a.touches());
        }
        all.addAll(ctx.from().views());
        all.addAll(ctx.to().views());
    }

    void place(Change change) {
        if (change instanceof CreateView c) {
            create(c.view(), reads(c.view(), contractTouched) ? Stage.VIEW_CREATE_CONTRACT : Stage.VIEW_CREATE);
        } else if (change instanceof DropView d) {
            drop(d.view(), reads(d.view(), expandTouched) ? Stage.VIEW_DROP : Stage.VIEW_DROP_CONTRACT, true);
        } else if (change instanceof ReplaceView r) {
            boolean inContract = reads(r.before(), contractTouched) || reads(r.after(), contractTouched);
            Stage dropAt = reads(r.before(), expandTouched) || !inContract ? Stage.VIEW_DROP : Stage.VIEW_DROP_CONTRACT;
            drop(r.before(), dropAt, false);
            create(r.after(), inContract ? Stage.VIEW_CREATE_CONTRACT : Stage.VIEW_CREATE);
            if (dropAt == Stage.VIEW_DROP && inContract) {
                ctx.draft().note("View " + r.after().name() + " is missing from the expand phase until the contract"
                        + " phase: it reads columns that change in both.");
            }
        } else if (change instanceof ViewComment v) {
            ctx.draft().add(Action.of(Stage.COMMENTS, "comments", change.describe(), List.of(comment(v.view())),
                    List.of()));
        }
    }

    private void create(View view, Stage stage) {
        List<String> sql = new ArrayList<>(List.of(createSql(view)));
        view.comment().ifPresent(c -> sql.add(comment(view)));
        Action action = Action.of(stage, "views", "create " + kind(view) + view.name(), sql,
                List.of(dropSql(view))).order(depth(view, 0));
        if (view.materialized()) {
            action = action.asLongRunning().hazard(HazardKind.SCANS_TABLE, "the materialized view runs its query"
                    + " to fill itself");
        }
        ctx.draft().add(action);
    }

    private void drop(View view, Stage stage, boolean forGood) {
        Action action = Action.of(stage, "views", "drop " + kind(view) + view.name()
                        + (forGood ? "" : " (to create it again)"), List.of(dropSql(view)), List.of(createSql(view)))
                .order(-depth(view, 0))
                .hazard(HazardKind.BREAKS_RUNNING_APP, "queries of " + view.name() + " fail until it is created"
                        + " again" + (forGood ? " (it is not)" : ""));
        ctx.draft().add(forGood ? action.deployBefore("Deploy the application version that no longer uses the"
                + " views dropped from here on.") : action);
    }

    private static String createSql(View view) {
        return "CREATE " + kind(view).toUpperCase(java.util.Locale.ROOT) + Sql.name(view.name()) + " AS\n"
                + view.definition();
    }

    private static String dropSql(View view) {
        return "DROP " + kind(view).toUpperCase(java.util.Locale.ROOT) + "IF EXISTS " + Sql.name(view.name());
    }

    private static String comment(View view) {
        return "COMMENT ON " + kind(view).toUpperCase(java.util.Locale.ROOT) + Sql.name(view.name()) + " IS "
                + view.comment().map(Sql::literal).orElse("NULL");
    }

    private static String kind(View view) {
        return view.materialized() ? "materialized view " : "view ";
    }

    private boolean reads(View view, Set<String> touched) {
        for (String key : touched) {
            int dot = key.lastIndexOf('.');
            if (Expressions.mentions(view.definition(), key.substring(0, dot))
                    && Expressions.mentions(view.definition(), key.substring(dot + 1))) {
                return true;
            }
        }
        return false;
    }

    /** How many views deep this view reads (0 when it reads only tables). */
    private int depth(View view, int guard) {
        if (guard > 20) {
            return guard;
        }
        Integer known = depths.get(view);
        if (known != null) {
            return known;
        }
        int deepest = 0;
        for (View other : all) {
            if (!other.name().equals(view.name()) && Expressions.mentions(view.definition(), other.name().name())) {
                deepest = Math.max(deepest, 1 + depth(other, guard + 1));
            }
        }
        depths.put(view, deepest);
        return deepest;
    }
}
