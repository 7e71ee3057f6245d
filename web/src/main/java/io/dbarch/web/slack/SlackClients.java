package io.dbarch.web.slack;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.methods.MethodsClient;
import java.util.Map;
import java.util.Optional;

/** The Slack Web API client for the bot token, when one is configured. */
public final class SlackClients {

    public static final String BOT_TOKEN = "SLACK_BOT_TOKEN";
    /** The Web API base, e.g. {@code https://slack.com/api/} (the default); tests point it at a stub. */
    public static final String API_URL = "SLACK_API_URL";

    private SlackClients() {
    }

    public static Optional<MethodsClient> methods(Map<String, String> env) {
        String token = env.getOrDefault(BOT_TOKEN, "").trim();
        if (token.isEmpty()) {
            return Optional.empty();
        }
        var config = new SlackConfig();
        String url = env.getOrDefault(API_URL, "").trim();
        if (!url.isEmpty()) {
            config.setMethodsEndpointUrlPrefix(url.endsWith("/") ? url : url + "/");
        }
        config.setStatsEnabled(false); // no hidden auth.test call before the first request
        config.setPrettyResponseLoggingEnabled(false);
        return Optional.of(Slack.getInstance(config).methods(token));
    }
}
