package io.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The web page in a real headless browser (Debian's chromium through chromium-driver, driven by Selenium)
 * against {@code serve}'s HTTP side over the shipped examples. Skipped, saying why, when chromium or its
 * driver is not installed; {@code .ci/run} installs both. With {@code -Dparley.screenshots=DIR} it saves a
 * picture of each view there (the README's pictures come from it).
 */
class WebPageIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private static LocalServer server;
    private static ChromeDriver browser;

    @BeforeAll
    static void start() throws InterruptedException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "WebPageIT skipped: no chromium/chromedriver (apt-get install -y chromium chromium-driver)");
        server = LocalServer.start(new MemoryStorage(), new InetSocketAddress("127.0.0.1", 0));
        server.ingestExamples();
        for (int i = 0; i < 600 && server.waiting() > 0; i++) {
            Thread.sleep(50);
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options());
    }

    private static ChromeOptions options() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,900", "--no-first-run");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return options;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @AfterEach
    void noConsoleErrors() {
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertTrue(errors.isEmpty(), "console errors: " + errors);
    }

    @Test
    void aQuestionShowsCitedSentencesInsideTheirArticle() throws IOException {
        open("#ask");
        browser.findElement(By.id("ask-input")).sendKeys("What did Lavrov say about Iran's nuclear programme?");
        browser.findElement(By.cssSelector("#ask-form button")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#ask-results li mark.evidence")).isEmpty());

        assertTrue(text("ask-answer").startsWith("Found "), text("ask-answer"));
        WebElement first = browser.findElement(By.cssSelector("#ask-results li"));
        String evidence = first.findElement(By.cssSelector("mark.evidence")).getText();
        assertTrue(evidence.contains("Lavrov"), evidence);
        assertTrue(first.findElement(By.cssSelector(".context")).getText().length() > evidence.length(),
                "the sentence is shown with text of its article around it");
        assertTrue(first.getText().startsWith("Sergey Lavrov (at the in person meeting with Abbas Araghchi): "),
                "a statement said at a meeting names it: " + first.getText());
        screenshot("web-ask.png");
    }

    @Test
    void theGraphHasTheMeetingsOfTheExamplesAndANodeOpensItsTimeline() throws IOException {
        open("#graph");
        waitFor(() -> number("return window.parleyGraph ? window.parleyGraph.nodes().length : 0") > 0);
        Set<String> names = new TreeSet<>(strings("return window.parleyGraph.nodes().map(n => n.data('label'))"));

        assertTrue(names.containsAll(Set.of("Abbas Araghchi", "Kaja Kallas", "Wang Yi", "Rafael Grossi")), names.toString());
        assertEquals(names.size(), number("return window.parleyGraph.nodes().length"));
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("web-graph.png");

        browser.executeScript("window.parleyGraph.getElementById('kaja-kallas').emit('tap')");
        waitFor(() -> !browser.findElements(By.cssSelector("#timeline-events li")).isEmpty());

        assertTrue(browser.getCurrentUrl().endsWith("#timeline/kaja-kallas"), browser.getCurrentUrl());
        assertEquals("Timeline: Kaja Kallas", text("timeline-title"));
        screenshot("web-timeline.png");
    }

    /** A second outlet's report of the Moscow talks of the examples, written for this test. */
    private static final String SECOND_REPORT = "{\"title\":\"Tehran and Moscow compare notes on the nuclear file\","
            + "\"body\":\"MOSCOW, Oct 21 (Caspian Daily) — Iranian Foreign Minister Abbas Araghchi met Russian Foreign "
            + "Minister Sergey Lavrov in Moscow on Tuesday to discuss the nuclear programme.\\n\\nThe ministers also spoke "
            + "about trade.\",\"published\":\"2025-10-21\",\"outlet\":\"Caspian Daily\"}";

    @Test
    void theEventsViewListsAMeetingOnceWithHowManySourcesReportIt() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> posted = http.send(HttpRequest.newBuilder(server.address().resolve("/articles"))
                .header("content-type", "application/json").POST(HttpRequest.BodyPublishers.ofString(SECOND_REPORT)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(posted.statusCode() == 202 || posted.statusCode() == 200, posted.body());
        HttpRequest events = HttpRequest.newBuilder(server.address().resolve("/events?actor=Araghchi")).build();
        waitFor(() -> body(http, events).contains("Tehran and Moscow compare notes"));

        open("#events");
        waitFor(() -> browser.findElements(By.cssSelector("#events-list li.event")).size() > 1);

        WebElement moscow = browser.findElements(By.cssSelector("#events-list li.event")).stream()
                .filter(e -> e.getText().contains("Abbas Araghchi") && e.getText().contains("Sergey Lavrov")
                        && e.getText().contains("reported by 2 sources")).findFirst()
                .orElseThrow(() -> new AssertionError(text("events-list")));
        assertEquals(2, moscow.findElements(By.cssSelector(".sources li a")).size());
        assertTrue(text("events-list").contains("reported by 1 source"), text("events-list"));

        browser.findElement(By.cssSelector("#events-filters input[name=actor]")).sendKeys("Araghchi");
        browser.executeScript("document.querySelector('#events-filters select[name=kind]').value = 'IN_PERSON'");
        browser.findElement(By.cssSelector("#events-filters button")).click();
        waitFor(() -> {
            List<WebElement> shown = browser.findElements(By.cssSelector("#events-list li.event"));
            return !shown.isEmpty() && shown.stream().allMatch(e -> e.getText().contains("Abbas Araghchi")
                    && e.getText().contains("in person"));
        });
        assertTrue(text("events-list").contains("reported by 2 sources"), text("events-list"));
        screenshot("web-events.png");
    }

    private static String body(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Test
    void aTimelineSourceThatOpensWithAQuoteIsNotQuotedTwice() {
        open("#timeline/sergey-lavrov");
        waitFor(() -> !browser.findElements(By.cssSelector("#timeline-events .source a")).isEmpty());
        List<String> sources = strings("return [...document.querySelectorAll('#timeline-events .source a')].map(a => a.textContent)");

        // the examples' Lavrov statements include sentences that open with their own quotation mark
        assertTrue(sources.stream().anyMatch(t -> t.startsWith("“")), sources.toString());
        sources.forEach(t -> assertFalse(t.startsWith("““") || t.startsWith("“\""), t));
        sources.forEach(t -> assertTrue(t.matches("^[“\"‘'«„].*"), "every source reads as a quotation: " + t));
    }

    @Test
    void theArticleViewHighlightsEveryFactWithItsRule() throws IOException {
        open("#timeline/sergey-lavrov");
        waitFor(() -> !browser.findElements(By.cssSelector("#timeline-events li a")).isEmpty());
        browser.findElement(By.cssSelector("#timeline-events li a")).click();
        waitFor(() -> !browser.findElements(By.cssSelector("#article-text mark")).isEmpty());

        List<WebElement> marks = browser.findElements(By.cssSelector("#article-text mark"));
        assertFalse(browser.findElements(By.cssSelector("#article-text mark.meeting")).isEmpty());
        assertFalse(browser.findElements(By.cssSelector("#article-text mark.statement")).isEmpty());
        marks.forEach(m -> assertTrue(m.getDomAttribute("title").startsWith("rule "), m.getDomAttribute("title")));
        assertFalse(browser.findElements(By.cssSelector("#article-text mark.focus")).isEmpty(),
                "the sentence that was followed is marked");
        screenshot("web-article.png");
    }

    private static void open(String hash) {
        browser.get(server.address() + hash);
        waitFor(() -> "complete".equals(browser.executeScript("return document.readyState")));
    }

    /** Waits up to 20 s for {@code condition}, failing the test if it never holds. */
    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "the page did not get there in 20 s");
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
    }

    private static String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private static long number(String script) {
        Object value = ((JavascriptExecutor) browser).executeScript(script);
        return value instanceof Number n ? n.longValue() : 0;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(String script) {
        return (List<String>) ((JavascriptExecutor) browser).executeScript(script);
    }

    private static void screenshot(String name) throws IOException {
        String dir = System.getProperty("parley.screenshots");
        if (dir != null) {
            Path file = browser.getScreenshotAs(OutputType.FILE).toPath();
            Files.createDirectories(Path.of(dir));
            Files.copy(file, Path.of(dir, name), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
