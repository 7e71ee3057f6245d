import io.dbarch.agent.AdvisorAgent;
import io.dbarch.agent.AdvisorReply;
import io.dbarch.agent.offline.OfflineProtocolEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * Offline agent figures: turn latency (p50/p95) for a DDL review of a 50-table schema and for a design question,
 * and tokens per model request (mean/max) over a 60-turn conversation about a pasted 300-table schema.
 * Run from the repository root after `mvn -B -q -DskipTests package`:
 *   mvn -q -pl agent dependency:build-classpath -Dmdep.outputFile=/tmp/agent.cp
 *   java -cp "agent/target/classes:$(cat /tmp/agent.cp)" bench/agent/AgentBench.java [../shared/corpus]
 */
public class AgentBench {

    static final int WARMUP = 15;
    static final int RUNS = 40;

    public static void main(String[] args) throws Exception {
        String ddl50 = schema(50);
        latency("DDL review, 50 tables (inspect + lint + ERD)", () -> "```sql\n" + ddl50 + "```");
        Path pagila = Path.of(args.length > 0 ? args[0] : "../shared/corpus", "schemas/pagila-schema.sql");
        if (Files.exists(pagila)) {
            String text = Files.readString(pagila);
            latency("DDL review, pagila-schema.sql (71 tables)", () -> "```sql\n" + text + "```");
        }
        latency("Design question: Design multi-tenant DB", () -> "Design multi-tenant DB");
        latency("Design question: Offload reporting", () -> "Offload reporting");
        tokens();
    }

    static void latency(String name, Supplier<String> message) {
        AdvisorAgent agent = AdvisorAgent.builder().chatModel(new OfflineProtocolEngine()).build();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < WARMUP + RUNS; i++) {
            long start = System.nanoTime();
            agent.ask("bench-" + i, message.get());
            if (i >= WARMUP) {
                ms.add((System.nanoTime() - start) / 1e6);
            }
        }
        Collections.sort(ms);
        System.out.printf("%-50s p50 %7.1f ms   p95 %7.1f ms   (%d runs after %d warm-up)%n", name,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), RUNS, WARMUP);
    }

    /** The 60-turn conversation of BudgetConversationTest, driven by the offline engine in-process. */
    static void tokens() {
        List<Integer> sizes = Collections.synchronizedList(new ArrayList<>());
        AdvisorAgent agent = AdvisorAgent.builder().chatModel(new OfflineProtocolEngine()).meter(sizes::add).build();
        agent.ask("tokens", "Review this schema:\n```sql\n" + schema(300) + "```");
        for (int i = 2; i <= 60; i++) {
            String table = "t_%04d".formatted((i * 37) % 300);
            AdvisorReply reply = agent.ask("tokens", switch (i % 4) {
                case 0 -> "Describe table " + table;
                case 1 -> "Draw the ERD around " + table;
                case 2 -> "Show page " + (i % 7 + 1) + " of art-1";
                default -> "How should we partition " + table + "? " + "Explain in detail. ".repeat(20);
            });
            if (reply.answer().isBlank()) {
                throw new IllegalStateException("empty answer at turn " + i);
            }
        }
        System.out.printf("60-turn conversation (300-table schema): %d requests, tokens per request mean %.0f, max %d"
                + " (limit %d)%n", sizes.size(), sizes.stream().mapToInt(Integer::intValue).average().orElse(0),
                sizes.stream().mapToInt(Integer::intValue).max().orElse(0), agent.budget().totalTokens());
    }

    static String schema(int n) {
        var out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String name = "t_%04d".formatted(i);
            out.append("CREATE TABLE ").append(name).append(" (\n    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n")
                    .append("    code text NOT NULL UNIQUE,\n    amount numeric(12,2),\n")
                    .append("    created_at timestamptz NOT NULL DEFAULT now()");
            if (i > 0) {
                out.append(",\n    parent_id bigint REFERENCES t_%04d (id)".formatted((i * 7) % i));
            }
            out.append("\n);\n");
            if (i > 0) {
                out.append("CREATE INDEX ").append(name).append("_parent_ix ON ").append(name).append(" (parent_id);\n");
            }
        }
        return out.toString();
    }
}
