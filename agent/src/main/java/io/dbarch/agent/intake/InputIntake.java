package io.dbarch.agent.intake;

import static java.nio.charset.StandardCharsets.UTF_8;
import static java.util.Objects.requireNonNull;

import io.dbarch.agent.artifact.Artifact;
import io.dbarch.agent.artifact.ArtifactStore;
import io.dbarch.agent.budget.TokenCounter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Moves large inputs out of the user's message into the artifact store before the model sees it. Every SQL,
 * YAML or JSON block (fenced, or unfenced DDL) and every attachment becomes an artifact; a block over
 * {@code inlineTokens} is replaced by a reference line, a smaller one stays and is followed by its reference.
 * A message still over {@code messageTokens} is stored whole and cut. Reference lines look like
 * {@code [Pasted art-2: pasted.sql — SQL, 312 lines, 300 CREATE TABLE; tables: …]} ({@link #REFERENCE}).
 */
public final class InputIntake {

    /** Matches a reference line: group 1 how (Pasted, Stored as, Attached), 2 the id, 3 the name, 4 the kind. */
    public static final Pattern REFERENCE =
            Pattern.compile("\\[(Pasted|Stored as|Attached) (art-[0-9a-z]+): (\\S+) — (SQL|YAML|JSON|text)\\b");

    /** Matches a whole reference line, from its opening bracket to its closing one. */
    public static final Pattern REFERENCE_LINE =
            Pattern.compile("\\[(?:Pasted|Stored as|Attached) art-[0-9a-z]+: [^\\n]*]");

    private final ArtifactStore artifacts;
    private final TokenCounter counter;
    private final int inlineTokens;
    private final int messageTokens;

    public InputIntake(ArtifactStore artifacts, TokenCounter counter, int inlineTokens, int messageTokens) {
        this.artifacts = requireNonNull(artifacts, "artifacts");
        this.counter = requireNonNull(counter, "counter");
        if (inlineTokens < 16 || messageTokens < 2 * inlineTokens) {
            throw new IllegalArgumentException("need 16 ≤ inline " + inlineTokens + " ≤ message/2 " + messageTokens);
        }
        this.inlineTokens = inlineTokens;
        this.messageTokens = messageTokens;
    }

    public PreparedInput prepare(String conversationId, String message, List<Attachment> attachments) {
        requireNonNull(conversationId, "conversationId");
        requireNonNull(message, "message");
        var names = new FileNames();
        List<Artifact> stored = new ArrayList<>();
        var text = new StringBuilder(message);
        List<Fence> fences = Fence.parse(message);
        List<String> replacements = new ArrayList<>();
        boolean sqlFenced = false;
        for (Fence f : fences) {
            Kind kind = Kind.of(f);
            sqlFenced |= kind == Kind.SQL;
            boolean large = counter.count(f.body()) > inlineTokens;
            if (kind == Kind.OTHER && !large) {
                replacements.add(message.substring(f.start(), f.end()));
                continue;
            }
            Artifact a = save(conversationId, names.next(kind), kind, f.body(), stored);
            replacements.add(large ? reference("Pasted", a, kind, true)
                    : message.substring(f.start(), f.end()) + "\n" + reference("Stored as", a, kind, false));
        }
        for (int i = fences.size() - 1; i >= 0; i--) {
            text.replace(fences.get(i).start(), fences.get(i).end(), replacements.get(i));
        }
        OptionalInt ddl = sqlFenced ? OptionalInt.empty() : new DdlDetector().unfencedStart(message);
        if (ddl.isPresent() && fences.stream().noneMatch(f -> f.end() > ddl.getAsInt())) {
            int at = text.length() - (message.length() - ddl.getAsInt());
            String body = message.substring(ddl.getAsInt()).strip();
            boolean large = counter.count(body) > inlineTokens;
            Artifact a = save(conversationId, names.next(Kind.SQL), Kind.SQL, body, stored);
            text.replace(at, text.length(), large ? reference("Pasted", a, Kind.SQL, true)
                    : message.substring(ddl.getAsInt()) + "\n" + reference("Stored as", a, Kind.SQL, false));
        }
        for (Attachment attachment : attachments) {
            Kind kind = Kind.of(attachment);
            Artifact a = save(conversationId, attachment.name(), kind, attachment.content(), stored);
            text.append("\n\n").append(reference("Attached", a, kind, true));
        }
        String result = text.toString();
        if (counter.count(result) > messageTokens) {
            Artifact whole = save(conversationId, "message.txt", Kind.OTHER, result, stored);
            result = counter.head(result, messageTokens - 80) + "\n[… message cut; the whole message is "
                    + whole.id() + ": " + whole.name() + " — read it with readArtifact]";
        }
        return new PreparedInput(result, stored);
    }

    private Artifact save(String conversationId, String name, Kind kind, String body, List<Artifact> stored) {
        Artifact a = artifacts.save(conversationId, name, kind.mediaType(name), body.getBytes(UTF_8),
                kind.summary(name, body));
        stored.add(a);
        return a;
    }

    private static String reference(String how, Artifact a, Kind kind, boolean outOfLine) {
        return "[" + how + " " + a.id() + ": " + a.name() + " — " + a.summary()
                + (outOfLine && kind == Kind.SQL ? "; pass " + a.id() + " to the schema tools" : "") + "]";
    }
}
