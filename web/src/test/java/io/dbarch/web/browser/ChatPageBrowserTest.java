package io.dbarch.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.dbarch.web.TestApps;
import io.dbarch.web.WebApp;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The chat page as a person uses it, in headless Chromium: paste a corpus schema, watch the answer stream in, see
 * the ERD and the findings table, zoom the diagram, download the migration zip. Screenshots go to
 * {@code target/screenshots/}.
 */
class ChatPageBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");
    static final Path SCHEMA = Path.of("..", "..", "shared", "corpus", "schemas", "chinook-postgresql.sql");
    static WebApp app;

    @BeforeAll
    static void start() {
        assumeTrue(Browser.available(), "Skipped: /usr/bin/chromium and /usr/bin/chromedriver are needed "
                + "(Debian packages chromium and chromium-driver; .ci/run installs them)");
        assumeTrue(Files.isRegularFile(SCHEMA), "Skipped: the corpus is absent (" + SCHEMA + ")");
        app = TestApps.start(Map.of());
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.stop();
        }
    }

    @Test
    void should_stream_an_answer_with_erd_and_findings_and_download_the_migration_zip(@TempDir Path work)
            throws Exception {
        String schema = Files.readString(SCHEMA, StandardCharsets.UTF_8);
        try (Browser b = Browser.start(work)) {
            // given: the page
            b.driver.get("http://127.0.0.1:" + app.port() + "/");
            assertThat(b.driver.getTitle()).startsWith("dbarch");
            b.screenshot(SHOTS.resolve("01-empty-page.png"));

            // when: a person pastes the schema and asks
            WebElement input = b.driver.findElement(By.id("message"));
            input.sendKeys("Review this schema, please.\n");
            b.js("arguments[0].value += arguments[1];", input, schema); // pasting: too long to type key by key
            b.driver.findElement(By.id("send")).click();

            // then: the answer streams in and completes
            assertThat(Browser.await(60, () -> "true".equals(b.js(
                    "const m = document.querySelector('.message.assistant .body'); return m && m.dataset.done;"))))
                    .as("the answer completed").isTrue();
            String answer = b.driver.findElement(By.cssSelector(".message.assistant .body")).getText();
            assertThat(answer).contains("Summary");
            Object deltas = b.js("return document.querySelector('.message.assistant .body').dataset.deltas;");
            assertThat(Integer.parseInt(String.valueOf(deltas))).as("streamed delta events").isGreaterThanOrEqualTo(1);

            // the ERD SVG is shown inline, loaded
            assertThat(Browser.await(30, () -> Boolean.TRUE.equals(b.js(
                    "const i = document.querySelector('.diagram img'); return !!i && i.complete && i.naturalWidth > 0;"))))
                    .as("the ERD image loaded").isTrue();
            // and the findings table has rows
            assertThat(Browser.await(30, () -> b.driver.findElements(By.cssSelector(".findings-table tbody tr"))
                    .size() > 0)).as("findings rows").isTrue();
            b.js("document.querySelector('.message.assistant').scrollIntoView({block: 'start'});");
            b.screenshot(SHOTS.resolve("02-answer.png"));
            b.js("document.querySelector('.diagram').scrollIntoView({block: 'start'});");
            b.screenshot(SHOTS.resolve("03-erd.png"));

            // the table sorts by rule when its header is clicked
            b.driver.findElements(By.cssSelector(".findings-table th")).get(1).click();
            assertThat(b.driver.findElements(By.cssSelector(".findings-table th")).get(1).getAttribute("aria-sort"))
                    .isEqualTo("ascending");
            // and stays inside its message: wide rows scroll within the table's box instead of being cut off
            assertThat(b.js("const t = document.querySelector('.table-scroll').getBoundingClientRect();"
                    + " const m = document.querySelector('.findings').closest('.message').getBoundingClientRect();"
                    + " return t.right <= m.right + 1;")).as("findings table within its message").isEqualTo(true);
            b.js("document.querySelector('.findings').scrollIntoView({block: 'start'});");
            b.screenshot(SHOTS.resolve("04-findings.png"));

            // zoom in on the diagram
            b.driver.findElement(By.xpath("//div[@class='diagram-tools']/button[text()='+']")).click();
            assertThat(b.driver.findElement(By.cssSelector(".zoom-label")).getText()).isEqualTo("125%");

            // when: the migration zip is downloaded
            b.driver.findElement(By.cssSelector("button.migration-zip")).click();
            Path zip = b.downloads.resolve("flyway.zip");
            assertThat(Browser.await(30, () -> Files.isRegularFile(zip) && zip.toFile().length() > 0)).isTrue();

            // then: it holds the SQL files of the answer under flyway/
            List<String> entries = entries(Files.readAllBytes(zip));
            assertThat(entries).isNotEmpty().allSatisfy(e -> assertThat(e).startsWith("flyway/").endsWith(".sql"));

            // and the conversation is listed under a title from its text, not its comment banner
            assertThat(Browser.await(10, () -> b.driver.findElements(By.cssSelector("#conversations li.current button"))
                    .stream().anyMatch(e -> e.getText().startsWith("Review this schema, please. DROP DATABASE"))))
                    .as("the conversation is listed under its first words").isTrue();
        }
    }

    @Test
    void should_show_an_escalation_banner_and_download_the_package_when_requirements_conflict(@TempDir Path work)
            throws Exception {
        try (Browser b = Browser.start(work)) {
            // given: the intake form, filled in with RPO 0 and asynchronous replication
            b.driver.get("http://127.0.0.1:" + app.port() + "/");
            b.driver.findElement(By.cssSelector("#intake summary")).click();
            b.driver.findElement(By.name("name")).sendKeys("Ledger");
            b.driver.findElement(By.name("domain")).sendKeys("account: iban:string(34), owner:string(200)\n"
                    + "booking: amount:money, booked_at:timestamp\nbooking -> account");
            b.driver.findElement(By.name("rpo")).sendKeys("0");
            b.driver.findElement(By.name("availability")).sendKeys("99.99");
            b.driver.findElement(By.name("replication")).sendKeys("asynchronous");
            assertThat(b.js("return document.querySelector('select[name=replication]').value;"))
                    .isEqualTo("asynchronous");
            b.screenshot(SHOTS.resolve("05-intake.png"));

            // when: the design package is downloaded and the requirements are sent to the advisor
            b.driver.findElement(By.id("intake-package")).click();
            Path pkg = b.downloads.resolve("design-package.zip");
            assertThat(Browser.await(30, () -> Files.isRegularFile(pkg) && pkg.toFile().length() > 0)).isTrue();
            b.driver.findElement(By.id("intake-ask")).click();

            // then: the answer completes and the escalation shows as a banner
            assertThat(Browser.await(60, () -> !b.driver.findElements(By.cssSelector("#banners .banner")).isEmpty()))
                    .as("an escalation banner").isTrue();
            String banner = b.driver.findElement(By.cssSelector("#banners .banner")).getText();
            assertThat(banner).startsWith("Escalation (blocker):").containsIgnoringCase("RPO");
            assertThat(b.driver.findElement(By.cssSelector(".message.user")).getText())
                    .contains("requirements.yaml");
            assertThat(entries(Files.readAllBytes(pkg))).contains("design.md", "flyway/V1__initial_schema.sql");
            b.screenshot(SHOTS.resolve("06-escalation.png"));
        }
    }

    private static List<String> entries(byte[] zip) throws Exception {
        var names = new ArrayList<String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
            }
        }
        return names;
    }
}
