package io.dbarch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.slack.api.methods.MethodsClient;
import io.dbarch.web.api.ApiModule;
import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.engines.EngineModule;
import io.dbarch.web.escalation.Backoff;
import io.dbarch.web.escalation.EscalationChannel;
import io.dbarch.web.escalation.EscalationChannels;
import io.dbarch.web.escalation.EscalationService;
import io.dbarch.web.escalation.EscalationStore;
import io.dbarch.web.escalation.OutboxWorker;
import io.dbarch.web.http.JsonBodies;
import io.dbarch.web.observability.HealthController;
import io.dbarch.web.observability.MetricsController;
import io.dbarch.web.observability.RequestObserver;
import io.dbarch.web.observability.SandboxProbe;
import io.dbarch.web.observability.ToolTimer;
import io.dbarch.web.security.AdminController;
import io.dbarch.web.security.AuthFilter;
import io.dbarch.web.security.RateLimiter;
import io.dbarch.web.security.TokenRegistry;
import io.dbarch.web.slack.SlackClients;
import io.dbarch.web.slack.SlackModule;
import io.dbarch.web.storage.ConversationStore;
import io.dbarch.web.storage.Database;
import io.dbarch.web.storage.Ids;
import io.dbarch.web.storage.JdbcArtifactStore;
import io.dbarch.web.storage.JdbcChatMemoryStore;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Every service of the app, built by hand in one place (constructor injection, no container). */
record Services(Database database, ObjectMapper json, PrometheusMeterRegistry metrics, TokenRegistry tokens,
        boolean authEnabled, AuthFilter auth, RequestObserver observer, OutboxWorker outbox, ApiModule api,
        EngineModule engines, Optional<SlackModule> slack, AdminController admin, HealthController health,
        MetricsController metricsController) implements AutoCloseable {

    static Services create(Settings s, AgentFactory agents, Clock clock, Backoff backoff) {
        Database database = Database.open(s.database(), 16);
        try {
            return wire(s, agents, clock, backoff, database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static Services wire(Settings s, AgentFactory agents, Clock clock, Backoff backoff, Database db) {
        var json = new ObjectMapper().registerModule(new Jdk8Module());
        var metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        var jdbc = db.jdbc();
        var ids = new Ids();
        var audit = new AuditLog(jdbc, clock);
        var tokens = new TokenRegistry(s.apiTokens(), jdbc, clock);
        boolean authEnabled = tokens.enabled();
        var auth = new AuthFilter(tokens, authEnabled, new RateLimiter(s.ratePerMinute(), clock), audit);
        Optional<MethodsClient> slackMethods = SlackClients.methods(s.env());
        List<EscalationChannel> channels = EscalationChannels.fromEnvironment(s.env(), slackMethods, clock);
        var escalationStore = new EscalationStore(jdbc, clock, ids);
        var outbox = new OutboxWorker(escalationStore, channels, backoff, clock, audit, metrics);
        var escalations = new EscalationService(escalationStore, channels, outbox, audit, metrics);
        var conversations = new ConversationStore(jdbc, clock);
        var artifacts = new JdbcArtifactStore(jdbc, clock, ids);
        var tokensPerRequest = io.micrometer.core.instrument.DistributionSummary.builder("dbarch.model.request.tokens")
                .description("tokens of each request sent to the model").publishPercentileHistogram()
                .maximumExpectedValue(32_768.0).register(metrics);
        var agent = agents.create(new AgentParts(new JdbcChatMemoryStore(jdbc, clock), artifacts,
                tokensPerRequest::record, metrics, new ToolTimer(metrics)));
        var api = new ApiModule(agent, conversations, artifacts, escalations, audit, metrics, json, s.maxStreams());
        Optional<String> secret = Optional.ofNullable(s.env().get(SlackModule.SIGNING_SECRET));
        Optional<String> mattermost = Optional.ofNullable(s.env().get(SlackModule.MATTERMOST_TOKEN));
        Optional<SlackModule> slack = secret.or(() -> mattermost).filter(v -> !v.isBlank()).map(v ->
                new SlackModule(secret, mattermost, slackMethods, s.publicUrl(), api.chat(), audit, jdbc, clock, json));
        var sandbox = s.sandbox() ? SandboxProbe.startInBackground() : SandboxProbe.disabled();
        outbox.start(Duration.ofSeconds(1));
        return new Services(db, json, metrics, tokens, authEnabled, auth, new RequestObserver(metrics, audit), outbox,
                api, new EngineModule(escalations, json), slack, new AdminController(tokens, audit,
                new JsonBodies(json)), new HealthController(db, sandbox), new MetricsController(metrics));
    }

    /** Stops the Slack pool and the outbox, then closes the database. */
    @Override
    public void close() {
        slack.ifPresent(SlackModule::close);
        outbox.close();
        database.close();
    }
}
