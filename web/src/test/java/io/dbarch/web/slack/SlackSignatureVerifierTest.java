package io.dbarch.web.slack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SlackSignatureVerifierTest {

    // Slack's documented example: secret, timestamp, body and the signature it gives
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BODY = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id="
            + "G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&"
            + "response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskX"
            + "aIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";
    static final String TS = "1531420618";
    static final String SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503";

    private static SlackSignatureVerifier at(long epochSecond) {
        return new SlackSignatureVerifier(SECRET, Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC));
    }

    @Test
    void should_accept_slacks_documented_example() {
        assertThat(at(1531420618 + 10).valid(BODY.getBytes(UTF_8), TS, SIGNATURE)).isTrue();
    }

    @Test
    void should_reject_the_example_when_one_body_byte_changes() {
        assertThat(at(1531420618).valid((BODY + "x").getBytes(UTF_8), TS, SIGNATURE)).isFalse();
    }

    @Test
    void should_reject_timestamps_more_than_five_minutes_away_in_either_direction() {
        assertThat(at(1531420618 + 301).valid(BODY.getBytes(UTF_8), TS, SIGNATURE)).isFalse();
        assertThat(at(1531420618 - 301).valid(BODY.getBytes(UTF_8), TS, SIGNATURE)).isFalse();
        assertThat(at(1531420618 + 300).valid(BODY.getBytes(UTF_8), TS, SIGNATURE)).isTrue();
    }

    @Test
    void should_reject_missing_or_malformed_headers() {
        var v = at(1531420618);
        assertThat(v.valid(BODY.getBytes(UTF_8), null, SIGNATURE)).isFalse();
        assertThat(v.valid(BODY.getBytes(UTF_8), "abc", SIGNATURE)).isFalse();
        assertThat(v.valid(BODY.getBytes(UTF_8), TS, null)).isFalse();
        assertThat(v.valid(BODY.getBytes(UTF_8), TS, "v0=")).isFalse();
    }
}
