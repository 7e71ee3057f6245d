package io.dbarch.knowledge.erd;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.dbarch.knowledge.schema.QualifiedName;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DDL text that tries to act as PlantUML (or Mermaid) must be drawn as text and reach no file or network. */
class ErdInjectionTest {

    @TempDir
    Path dir;

    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String secret;
    private Path secretFile;

    @BeforeEach
    void start() throws IOException {
        secret = "SECRET-" + UUID.randomUUID();
        secretFile = Files.writeString(dir.resolve("secret.puml"), secret + "\nentity Leaked\n");
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = (secret + "\n").getBytes(UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ErdResult renderHostileSchema() {
        String url = "http://127.0.0.1:" + server.getAddress().getPort();
        var s = SchemaFixture.schema();
        var customer = QualifiedName.of("public", "customer\"\n@enduml\n@startuml\n!include " + secretFile);
        s.table(customer).id("id")
                .comment("\n!include " + secretFile + "\n!includeurl " + url + "/inc\n<img:" + url + "/i.png>"
                        + " [[" + url + "/link]] %load_json(\"" + secretFile + "\")");
        s.table("orders").id("id")
                .column("!include " + secretFile, "text", false)
                .column("skinparam backgroundColor red", "integer", true)
                .column("x %getenv(\"PATH\") $HOME %filename()", "text\n!define A B\n!theme spacelab", false)
                .column("'/ /' comment", "integer", true)
                .column("customer_id", "integer", true)
                .fk(List.of("customer_id"), customer, List.of())
                .comment("%%{init: {'theme':'dark'}}%% click orders href \"" + url + "/m\"");
        return new ErdRenderer().render(s.build(), ErdOptions.defaults().withTitle("@enduml !include " + secretFile)
                .withFormats(EnumSet.allOf(ErdFormat.class)));
    }

    @Test
    void should_draw_directives_as_text_without_file_or_network_access_when_ddl_is_hostile() {
        // when
        ErdResult result = renderHostileSchema();

        // then: rendered, both tables and the relationship are there
        String svg = result.artifact("erd.svg").orElseThrow().text();
        assertThat(svg).contains("<svg").contains("class=\"link\"").doesNotContain("Leaked");
        assertThat(svg).contains(">orders<").contains("!include " + secretFile)
                .contains("skinparam backgroundColor red").contains("x %getenv(\"PATH\") $HOME %filename()")
                .contains("customer\" @enduml @startuml !include " + secretFile);
        assertThat(result.artifact("erd.png").orElseThrow().content()).startsWith(0x89, 'P', 'N', 'G');
        assertThat(result.diagrams().get(0).tables()).hasSize(2);
        assertThat(result.diagrams().get(0).relationships()).isEqualTo(1);
        // nothing from the file system, the environment or the network
        for (ErdArtifact artifact : result.artifacts()) {
            assertThat(artifact.text()).doesNotContain(secret).doesNotContain(System.getenv("PATH"));
        }
        assertThat(requests).hasValue(0);
        assertThat(svg).doesNotContain("href=\"http").doesNotContain("<image");
    }

    @Test
    void should_keep_directives_out_of_sources_when_ddl_is_hostile() {
        // when
        ErdResult result = renderHostileSchema();

        // then: the only directive lines are our own
        List<String> puml = result.artifact("erd.puml").orElseThrow().text().lines().toList();
        assertThat(puml).filteredOn(l -> l.strip().startsWith("!") || l.strip().startsWith("@"))
                .containsExactly("@startuml", "!pragma layout smetana", "@enduml");
        assertThat(puml).filteredOn(l -> l.startsWith("skinparam")).allMatch(l -> !l.contains("red"));
        assertThat(String.join("\n", puml)).doesNotContain("%getenv").doesNotContain("[[").doesNotContain("<img");
        String mermaid = result.artifact("erd.mmd").orElseThrow().text();
        assertThat(mermaid.lines()).allMatch(l -> l.matches(
                "---|title: \"[\\w ,.()-]*\"|erDiagram|    \"[\\w.]+\"( \\{)?|    }"
                        + "|        [\\w()\\[\\],]+ \\w+( (PK|FK|UK)(, (PK|FK|UK))*)?"
                        + "|    \"[\\w.]+\" (\\|\\||\\|o)--(o\\{|o\\|) \"[\\w.]+\" : \"[\\w ,.()-]*\""), "a plain erDiagram line");
    }

    @Test
    void should_draw_names_unchanged_when_they_are_plain() {
        // given
        var s = SchemaFixture.schema();
        s.table("customer").id("id");

        // when
        ErdResult result = new ErdRenderer().render(s.build(), ErdOptions.defaults());

        // then
        assertThat(result.artifact("erd.svg").orElseThrow().text()).contains(">customer<");
        assertThat(result.diagrams().get(0).tables()).containsExactly(QualifiedName.of("public", "customer"));
    }
}
