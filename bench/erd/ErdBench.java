import io.dbarch.knowledge.erd.ErdFormat;
import io.dbarch.knowledge.erd.ErdOptions;
import io.dbarch.knowledge.erd.ErdRenderer;
import io.dbarch.knowledge.erd.ErdResult;
import io.dbarch.knowledge.erd.SplitMode;
import io.dbarch.knowledge.schema.Column;
import io.dbarch.knowledge.schema.DataType;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.schema.ForeignKey;
import io.dbarch.knowledge.schema.Identity;
import io.dbarch.knowledge.schema.PrimaryKey;
import io.dbarch.knowledge.schema.QualifiedName;
import io.dbarch.knowledge.schema.ReferentialAction;
import io.dbarch.knowledge.schema.SchemaModel;
import io.dbarch.knowledge.schema.SourceLocation;
import io.dbarch.knowledge.schema.Table;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ERD rendering times: the cold first render in a fresh JVM, then (after a JIT warm-up) warm renders to SVG of
 * synthetic schemas of 10, 50, 100 and 300 tables (split into subject areas by default above 40 tables, and as one
 * picture) and of the corpus schemas. Run from the repository root (see bench/README.md, "ERD rendering"):
 *   java -cp "knowledge/target/classes:$(cat knowledge/target/classpath.txt)" bench/erd/ErdBench.java [../shared/corpus]
 */
public class ErdBench {

    static final SourceLocation HERE = SourceLocation.of("synthetic.sql", 1, 1);
    static final String[] FAMILIES = {"customer", "order", "product", "invoice", "shipment", "payment", "account",
            "employee", "vendor", "warehouse", "campaign", "ticket", "contract", "asset", "project", "report"};

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args.length > 0 ? args[0] : "../shared/corpus");
        ErdOptions svg = ErdOptions.defaults().withFormats(EnumSet.of(ErdFormat.SVG));
        ErdRenderer renderer = new ErdRenderer();

        long t0 = System.nanoTime();
        ErdResult first = renderer.render(synthetic(10), svg);
        System.out.printf("cold first render, 10 tables to SVG: %.0f ms (class loading included; %d bytes)%n",
                ms(t0), first.artifacts().get(0).size());
        System.out.println("PlantUML security profile: "
                + net.sourceforge.plantuml.security.SecurityUtils.getSecurityProfile());
        t0 = System.nanoTime();
        renderer.prewarm();
        System.out.printf("prewarm() after that: %.0f ms%n", ms(t0));
        t0 = System.nanoTime();
        SchemaModel warmUp = synthetic(50);
        for (int i = 0; i < 10; i++) {
            renderer.render(warmUp, svg);
        }
        System.out.printf("JIT warm-up, 10 renders of 50 tables: %.0f ms%n%n", ms(t0));

        System.out.printf("%-44s %7s %9s %6s %10s %10s%n", "schema (warm, SVG)", "tables", "diagrams", "runs",
                "median ms", "max ms");
        for (int n : new int[] {10, 50, 100, 300}) {
            SchemaModel model = synthetic(n);
            bench(renderer, "synthetic " + n + (n > 40 ? ", split (default)" : ""), model, svg);
            if (n > 40) {
                bench(renderer, "synthetic " + n + ", one picture", model,
                        svg.withSplit(SplitMode.NEVER, 40, 25));
            }
        }
        for (String file : List.of("pagila-schema.sql", "chinook-postgresql.sql", "northwind-psql.sql",
                "world-postgres-schema-only.sql", "gisia-gitlab-derived-structure.sql",
                "synapse-main-full-v72.postgres.sql", "adventureworks-postgres-install.sql")) {
            Path path = corpus.resolve("schemas").resolve(file);
            if (!Files.exists(path)) {
                System.out.println(file + ": not found under " + corpus);
                continue;
            }
            SchemaModel model = new DdlReader().read(SourceText.of(file, Files.readString(path))).model();
            if (model.tables().isEmpty()) {
                System.out.println(file + ": the DDL reader returns no tables; skipped");
                continue;
            }
            bench(renderer, file, model, svg);
        }
        System.out.println("median and max of warm renders after 2 warm-up renders of the same schema;"
                + " one JVM, PlantUML smetana layout, SVG only.");
    }

    static void bench(ErdRenderer renderer, String name, SchemaModel model, ErdOptions options) {
        int tables = model.tables().size();
        int runs = tables > 150 ? 3 : tables > 40 ? 5 : 10;
        ErdResult result = null;
        for (int i = 0; i < 2; i++) {
            result = renderer.render(model, options);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            renderer.render(model, options);
            times[i] = ms(t0);
        }
        Arrays.sort(times);
        System.out.printf("%-44s %7d %9d %6d %10.0f %10.0f%n", name, tables, result.diagrams().size(), runs,
                times[runs / 2], times[runs - 1]);
    }

    static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    /**
     * {@code n} tables in families of 8 named by prefix ({@code customer_1 … customer_8}); each table has an id, six
     * typed columns and a foreign key to its family's first table, and every fifth table one to another family.
     */
    static SchemaModel synthetic(int n) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String family = FAMILIES[(i / 8) % FAMILIES.length] + ((i / 8) / FAMILIES.length + 1);
            String name = family + "_" + (i % 8 + 1);
            List<Column> columns = new ArrayList<>(List.of(column("id", "bigint", false),
                    column("name", "character varying(100)", false), column("status", "text", false),
                    column("amount", "numeric(12,2)", true), column("created_at", "timestamp with time zone", false),
                    column("note", "text", true), column("payload", "jsonb", true)));
            List<ForeignKey> fks = new ArrayList<>();
            if (i % 8 != 0) {
                columns.add(column(family + "_1_id", "bigint", false));
                fks.add(fk(family + "_1_id", family + "_1"));
            }
            if (i % 5 == 4 && i >= 8) {
                String other = FAMILIES[((i / 8) - 1) % FAMILIES.length] + (((i / 8) - 1) / FAMILIES.length + 1) + "_1";
                columns.add(column("ref_id", "bigint", true));
                fks.add(fk("ref_id", other));
            }
            tables.add(new Table(QualifiedName.of("public", name), columns,
                    Optional.of(new PrimaryKey(Optional.empty(), List.of("id"), false, HERE)), List.of(), List.of(),
                    fks, List.of(), List.of(), Optional.empty(), Optional.empty(), List.of(), false, Map.of(),
                    Optional.empty(), HERE));
        }
        return new SchemaModel(Dialect.POSTGRESQL, List.of(), tables, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());
    }

    static Column column(String name, String type, boolean nullable) {
        return new Column(name, new DataType(type, type, type.replaceAll("\\(.*", ""), List.of(), 0), nullable,
                Optional.empty(), Identity.NONE, false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                HERE);
    }

    static ForeignKey fk(String column, String table) {
        return new ForeignKey(Optional.empty(), List.of(column), QualifiedName.of("public", table), List.of("id"),
                ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION, false, false, false, HERE);
    }
}
