package io.dbarch.web.cli;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import io.dbarch.knowledge.sql.Diagnostic;
import io.dbarch.knowledge.sql.ReadResult;
import java.util.List;
import java.util.Map;

/** The output of {@code dbarch inspect}: a text summary or the full read result as JSON. */
final class InspectReport {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new Jdk8Module())
            .setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE) // record components only, no isX() helpers
            .enable(SerializationFeature.INDENT_OUTPUT);

    String text(List<String> inputs, ReadResult result) {
        var out = new StringBuilder();
        String what = inputs.size() == 1 ? inputs.get(0) : inputs.size() + " files";
        out.append("Read ").append(what).append(" as ").append(result.model().dialect().id()).append(": ")
                .append(result.schemaDefiningCount()).append(" schema statements, ")
                .append(result.schemaDefiningUnderstood()).append(" understood\n");
        out.append("Objects:\n");
        for (Map.Entry<String, Integer> count : result.model().counts().entrySet()) {
            out.append(String.format("  %-20s %6d\n", count.getKey(), count.getValue()));
        }
        List<Diagnostic> diagnostics = result.diagnostics();
        out.append(diagnostics.isEmpty() ? "No diagnostics\n" : "Diagnostics (" + diagnostics.size() + "):\n");
        for (Diagnostic d : diagnostics) {
            out.append(Cli.oneLine(d.asLine())).append('\n');
        }
        return out.toString();
    }

    String json(ReadResult result) {
        try {
            return json.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the model as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
