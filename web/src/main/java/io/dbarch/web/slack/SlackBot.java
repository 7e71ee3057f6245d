package io.dbarch.web.slack;

import static java.util.Objects.requireNonNull;

import io.dbarch.web.api.ChatService;
import io.dbarch.web.api.ChatService.TurnOutcome;
import io.dbarch.web.audit.AuditLog;
import io.dbarch.web.security.Principal;
import io.dbarch.web.security.Role;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers Slack and Mattermost questions off the request thread (so that the request is acknowledged within
 * Slack's three seconds). A Slack thread is one conversation, owned by the workspace.
 */
final class SlackBot {

    private static final Logger LOG = LoggerFactory.getLogger(SlackBot.class);

    private final ChatService chat;
    private final SlackResponder responder;
    private final ExecutorService executor;
    private final AuditLog audit;

    SlackBot(ChatService chat, SlackResponder responder, ExecutorService executor, AuditLog audit) {
        this.chat = requireNonNull(chat, "chat");
        this.responder = requireNonNull(responder, "responder");
        this.executor = requireNonNull(executor, "executor");
        this.audit = requireNonNull(audit, "audit");
    }

    /** Queues a slash command; false when the bot is too busy to take it. */
    boolean command(SlackRequestGuard.Platform platform, String team, String channel, String user, String text,
            Optional<URI> responseUrl) {
        Principal who = new Principal(platform.name().toLowerCase(java.util.Locale.ROOT) + ":" + team,
                Role.ARCHITECT);
        audit.record(who.name(), "slack.command", channel, "accepted", "question " + text.length() + " chars");
        return submit(() -> {
            if (platform == SlackRequestGuard.Platform.SLACK && responder.canPost()) {
                Optional<String> ts = responder.post(channel, Optional.empty(), "<@" + user + "> asked: "
                        + SlackFormat.escape(text), List.of());
                if (ts.isPresent()) {
                    responder.answerInThread(channel, ts.get(), ask(who, team, channel, ts.get(), text));
                    return;
                }
            }
            String id = "cmd-" + System.currentTimeMillis();
            TurnOutcome outcome = ask(who, team, channel, id, text);
            responseUrl.ifPresent(url -> responder.answerToResponseUrl(url, platform, outcome));
        });
    }

    /** Queues an app mention or direct message; the answer goes in its thread. */
    boolean mention(String team, String channel, String threadTs, String text) {
        Principal who = new Principal("slack:" + team, Role.ARCHITECT);
        audit.record(who.name(), "slack.mention", channel, "accepted", "question " + text.length() + " chars");
        return submit(() -> responder.answerInThread(channel, threadTs, ask(who, team, channel, threadTs, text)));
    }

    private TurnOutcome ask(Principal who, String team, String channel, String thread, String text) {
        String id = ("slack:" + team + ":" + channel + ":" + thread).replaceAll("[^A-Za-z0-9._:-]", "_");
        return chat.ask(who, id.length() <= 128 ? id : id.substring(0, 128),
                text.isBlank() ? "Hello" : text);
    }

    private boolean submit(Runnable work) {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    LOG.error("Answering a Slack request failed", e);
                }
            });
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }
}
