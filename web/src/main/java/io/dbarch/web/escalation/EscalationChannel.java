package io.dbarch.web.escalation;

/** Somewhere escalation notices go: a Slack channel, an incoming webhook, a signed JSON webhook. */
public interface EscalationChannel {

    /** The channel's name in the outbox, e.g. {@code slack}, {@code slack-webhook}, {@code webhook}. */
    String name();

    /** Sends one notice; never throws for a failed send, the outcome says whether to try again. */
    SendOutcome send(EscalationRecord escalation, String deliveryKey);
}
