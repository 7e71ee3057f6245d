import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load and durability run of the web app, on loopback with the offline engine (JDK only, no dependencies).
 *
 * Phase 1: N conversations × T turns at once against `dbarch serve`: every turn must succeed; p50/p95/max.
 * Phase 2: the same load again, the server killed with `kill -9` mid-run, restarted on the same data; then every
 * acknowledged turn (user message and answer) and every acknowledged escalation must be there, and every escalation
 * must reach the signed webhook (a receiver in this process) exactly once per delivery id.
 *
 * Usage: java bench/web/LoadDurability.java web/target/dbarch.jar [conversations] [turns]
 */
public class LoadDurability {

    static final String DDL = "CREATE TABLE customer (id bigint PRIMARY KEY, email text NOT NULL);\n"
            + "CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer (id), "
            + "placed_at timestamp, total numeric(12,2));\nCREATE INDEX orders_customer ON orders (customer_id);";
    static final String REQUIREMENTS = "name: Ledger\nslas: {rpoSeconds: 0}\n"
            + "platform: {engine: postgresql, replication: asynchronous}\n";
    static final Pattern CONVERSATION = Pattern.compile("\"conversationId\":\"([^\"]+)\"");
    static final Pattern ESCALATION = Pattern.compile("\"id\":\"(esc-[0-9a-z]+)\"");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    record Turn(String conversationId, int index, String message, List<String> escalations) { }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "web/target/dbarch.jar").toAbsolutePath();
        int conversations = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        int turns = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        Path work = Files.createTempDirectory("dbarch-load");
        Map<String, AtomicInteger> received = new ConcurrentHashMap<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            exchange.getRequestBody().readAllBytes();
            received.computeIfAbsent(exchange.getRequestHeaders().getFirst("X-Dbarch-Delivery"),
                    k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        int port = freePort();
        Map<String, String> env = Map.of("DBARCH_PORT", Integer.toString(port), "DBARCH_SANDBOX", "off",
                "DBARCH_RATE_LIMIT", "1000000", "DBARCH_ESCALATION_WEBHOOK_URL",
                "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook",
                "DBARCH_ESCALATION_WEBHOOK_SECRET", "load-test-secret-0123456789");
        try {
            Process server = start(jar, work, env, port);
            System.out.printf("phase 1: %d conversations x %d turns on 127.0.0.1:%d (H2 under %s)%n",
                    conversations, turns, port, work);
            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            List<Turn> acknowledged = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger errors = new AtomicInteger();
            long started = System.nanoTime();
            run(port, conversations, turns, "a", latencies, acknowledged, errors, () -> false);
            double seconds = (System.nanoTime() - started) / 1e9;
            report(latencies, errors.get(), seconds);
            if (errors.get() != 0 || latencies.size() != conversations * turns) {
                throw new IllegalStateException("phase 1 had errors");
            }

            System.out.println("phase 2: the same load; kill -9 the server after 1/3 of the turns");
            AtomicInteger done = new AtomicInteger();
            List<Long> late = Collections.synchronizedList(new ArrayList<>());
            int killAt = conversations * turns / 3;
            Thread killer = new Thread(() -> {
                while (done.get() < killAt) {
                    sleep(20);
                }
                kill9(server);
            });
            killer.start();
            AtomicInteger lost = new AtomicInteger();
            run(port, conversations, turns, "b", late, acknowledged, lost, () -> done.incrementAndGet() < 0);
            killer.join();
            System.out.printf("killed after %d acknowledged turns in phase 2 (%d requests failed while it was down)%n",
                    late.size(), lost.get());
            start(jar, work, env, port).toHandle();
            verify(port, acknowledged, received);
            System.out.println("OK");
        } finally {
            stopAll();
            receiver.stop(0);
        }
    }

    interface Probe { boolean stop(); }

    static void run(int port, int conversations, int turns, String tag, List<Long> latencies, List<Turn> acked,
            AtomicInteger errors, Probe probe) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(conversations);
        for (int c = 0; c < conversations; c++) {
            String id = "load-" + tag + "-" + c;
            pool.execute(() -> {
                for (int t = 0; t < turns; t++) {
                    String message = t % 4 == 0 ? "Review this schema (" + id + " turn " + t + "):\n" + DDL
                            : "Which index serves orders by customer, newest first? (" + id + " turn " + t + ")";
                    String body = "{\"conversationId\":\"" + id + "\",\"message\":" + json(message)
                            + (t % 10 == 2 ? ",\"attachments\":[{\"name\":\"requirements.yaml\",\"content\":"
                            + json(REQUIREMENTS) + "}]" : "") + "}";
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                                + port + "/api/chat")).timeout(Duration.ofSeconds(120))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        probe.stop();
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                            System.out.println("HTTP " + r.statusCode() + ": " + r.body());
                            continue;
                        }
                        latencies.add(System.nanoTime() - t0);
                        List<String> esc = new ArrayList<>();
                        Matcher m = ESCALATION.matcher(r.body());
                        while (m.find()) {
                            esc.add(m.group(1));
                        }
                        acked.add(new Turn(id, t, message, esc));
                    } catch (IOException e) {
                        errors.incrementAndGet(); // phase 2: the server is gone; not acknowledged
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(30, TimeUnit.MINUTES);
    }

    static void verify(int port, List<Turn> acked, Map<String, AtomicInteger> received) throws Exception {
        int missing = 0;
        List<String> escalations = new ArrayList<>();
        Map<String, List<Turn>> byConversation = new java.util.TreeMap<>();
        acked.forEach(t -> byConversation.computeIfAbsent(t.conversationId(), k -> new ArrayList<>()).add(t));
        for (var e : byConversation.entrySet()) {
            String detail = get(port, "/api/conversations/" + e.getKey());
            for (Turn t : e.getValue()) {
                escalations.addAll(t.escalations());
                if (!detail.contains("(" + t.conversationId() + " turn " + t.index() + ")")) {
                    missing++;
                }
            }
            int answers = count(detail, "\"role\":\"assistant\"");
            if (answers < e.getValue().size()) {
                missing += e.getValue().size() - answers;
            }
        }
        String polled = "";
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (System.nanoTime() < deadline) {
            polled = get(port, "/api/escalations?limit=1000");
            if (!polled.contains("\"status\":\"pending\"") && !polled.contains("\"status\":\"sending\"")) {
                break;
            }
            sleep(250);
        }
        String list = polled;
        long absent = escalations.stream().filter(id -> !list.contains("\"id\":\"" + id + "\"")).count();
        long undelivered = escalations.stream().filter(id -> received.get(id + ":webhook") == null).count();
        long repeats = received.values().stream().filter(n -> n.get() > 1).count();
        int stored = count(list, "\"source\":\"agent\"");
        System.out.printf("acknowledged turns %d in %d conversations: missing messages %d%n", acked.size(),
                byConversation.size(), missing);
        System.out.printf("acknowledged escalations %d (stored in all %d): absent %d, not delivered %d; "
                + "deliveries received %d for %d delivery ids, ids received more than once %d%n", escalations.size(),
                stored, absent, undelivered, received.values().stream().mapToInt(AtomicInteger::get).sum(),
                received.size(), repeats);
        if (missing > 0 || absent > 0 || undelivered > 0 || received.size() != stored) {
            throw new IllegalStateException("durability check failed");
        }
    }

    static void report(List<Long> nanos, int errors, double seconds) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        System.out.printf("turns %d, errors %d, %.1f s, %.1f turns/s; latency p50 %.0f ms, p95 %.0f ms, "
                + "max %.0f ms%n", sorted.size(), errors, seconds, sorted.size() / seconds, pct(sorted, 50),
                pct(sorted, 95), sorted.get(sorted.size() - 1) / 1e6);
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
    }

    static final List<Process> PROCESSES = Collections.synchronizedList(new ArrayList<>());

    static Process start(Path jar, Path work, Map<String, String> env, int port) throws Exception {
        var pb = new ProcessBuilder("java", "-Xmx1g", "-Dfile.encoding=UTF-8", "-Djava.awt.headless=true",
                "-DPLANTUML_SECURITY_PROFILE=SANDBOX", "-jar", jar.toString(), "serve").directory(work.toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("server.log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        PROCESSES.add(p);
        long t0 = System.nanoTime();
        while (System.nanoTime() - t0 < 60_000_000_000L) {
            try {
                if (get(port, "/health").contains("\"status\":\"ok\"")) {
                    System.out.printf("server pid %d up in %d ms%n", p.pid(), (System.nanoTime() - t0) / 1_000_000);
                    return p;
                }
            } catch (IOException notYet) {
                sleep(100);
            }
        }
        throw new IllegalStateException("the server did not start; see " + work.resolve("server.log"));
    }

    static void kill9(Process p) {
        try {
            new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start().waitFor();
            p.waitFor();
            System.out.println("kill -9 " + p.pid() + " done");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static void stopAll() {
        PROCESSES.forEach(Process::destroy);
    }

    static String get(int port, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    static String json(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> b.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return b.append('"').toString();
    }

    static int freePort() throws IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
