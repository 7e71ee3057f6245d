package io.dbarch.web.api;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Server-sent events written straight to the response: {@code event: NAME\ndata: JSON\n\n}, flushed each. */
final class SseStream {

    private final OutputStream out;
    private final ObjectMapper json;
    private boolean open = true;

    SseStream(OutputStream out, ObjectMapper json) {
        this.out = out;
        this.json = json;
    }

    /** Sends one event; after the client went away, further events are dropped. */
    synchronized void send(String event, Object data) {
        if (!open) {
            return;
        }
        try {
            String payload = json.writeValueAsString(data);
            out.write(("event: " + event + "\ndata: " + payload + "\n\n").getBytes(UTF_8));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            open = false; // the client closed the connection; the turn still completes and is stored
        }
    }

    synchronized boolean isOpen() {
        return open;
    }
}
