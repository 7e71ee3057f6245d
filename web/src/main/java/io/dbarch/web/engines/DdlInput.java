package io.dbarch.web.engines;

import com.fasterxml.jackson.databind.JsonNode;
import io.dbarch.knowledge.schema.Dialect;
import io.dbarch.knowledge.sql.DdlReader;
import io.dbarch.knowledge.sql.ReadResult;
import io.dbarch.knowledge.sql.SourceText;
import io.dbarch.web.http.JsonBodies;
import java.util.List;
import java.util.Optional;

/** The {@code ddl} and optional {@code dialect} fields of an engine request, read into a schema model. */
final class DdlInput {

    private DdlInput() {
    }

    static ReadResult read(DdlReader reader, JsonNode body, String field) {
        String ddl = JsonBodies.text(body, field);
        Optional<Dialect> dialect = JsonBodies.optionalText(body, "dialect").map(d -> Dialect.fromId(d)
                .orElseThrow(() -> JsonBodies.invalid("'dialect' must be postgresql or mysql; leave it out to "
                        + "detect it from the text.")));
        return reader.read(List.of(SourceText.of(field + ".sql", ddl)), dialect);
    }

    static List<String> diagnostics(ReadResult read) {
        return read.diagnostics().stream().limit(100).map(d -> d.asLine()).toList();
    }
}
