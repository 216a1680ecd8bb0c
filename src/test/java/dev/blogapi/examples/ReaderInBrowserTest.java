package dev.blogapi.examples;

import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example front end (examples/reader) in a real browser: the page served from one loopback
 * origin, the service from another, headless Chromium (Debian's chromium and chromium-driver)
 * showing what a reader sees. Skipped with a message where no Chromium is installed, except under
 * BROWSER_REQUIRED=true (.ci/run installs it), where that fails.
 */
@QuarkusTest
class ReaderInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path PAGE = Path.of("examples", "reader");

    @TestHTTPResource("/")
    URL service;

    private HttpServer pages;
    private WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        String hint = "no browser: apt-get install chromium chromium-driver";
        if ("true".equals(System.getenv("BROWSER_REQUIRED"))) {
            Assertions.assertTrue(present, hint);
        }
        Assumptions.assumeTrue(present, hint);
        pages = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pages.createContext("/", exchange -> serve(exchange.getRequestURI().getPath(), exchange));
        pages.start();
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync");
        options.setCapability("goog:loggingPrefs", logs);
        browser =
                new ChromeDriver(
                        new ChromeDriverService.Builder()
                                .usingDriverExecutable(CHROMEDRIVER.toFile())
                                .usingAnyFreePort()
                                .build(),
                        options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (pages != null) {
            pages.stop(0);
        }
    }

    @Test
    void aReaderListsPagesFiltersOpensAPostAndSeesAPreview() {
        String category = TestCategories.create("browsed");
        for (int i = 1; i <= 12; i++) {
            TestPosts.published("browsed-" + i).inCategories(category).create();
        }
        String tagged =
                TestPosts.published("tagged-in-browser")
                        .with("tags", List.of(unique("Browser Tag")))
                        .create()
                        .getString("title");
        String draftId =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "title",
                                        "A draft seen in a browser",
                                        "contentHtml",
                                        "<p>Soon</p>"))
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        String previewToken =
                asAdmin()
                        .post("/api/v1/posts/" + draftId + "/previews")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("token");

        String api = service.toString().replaceAll("/$", "");
        String page = "http://127.0.0.1:" + pages.getAddress().getPort() + "/index.html?api=" + api;
        browser.get(page);
        ready();
        assertEquals("Test Blog", text("site-title"));
        assertEquals(3, browser.findElements(By.cssSelector("a.feed")).size(), "the site's feeds");
        assertEquals(10, postLinks().size(), "the first page");

        new Select(browser.findElement(By.id("category"))).selectByValue(category);
        waitFor(
                () ->
                        postLinks().stream().allMatch(link -> link.getText().startsWith("browsed-"))
                                && postLinks().size() == 10);
        browser.findElement(By.id("next")).click();
        waitFor(
                () ->
                        postLinks().size() == 2
                                && postLinks().get(0).getText().startsWith("browsed-"));

        new Select(browser.findElement(By.id("category"))).selectByIndex(0);
        String tagSlug = anonymousTagSlugOf(tagged);
        new Select(browser.findElement(By.id("tag"))).selectByValue(tagSlug);
        waitFor(() -> postLinks().size() == 1 && postLinks().get(0).getText().equals(tagged));
        waitFor(
                () -> {
                    postLinks().get(0).click();
                    return true;
                });
        waitFor(() -> tagged.equals(text("post-title")));
        assertTrue(text("post-body").startsWith("Body of"), "the post's body");

        browser.get(page + "&token=" + previewToken);
        ready();
        assertEquals("A draft seen in a browser", text("post-title"));
        assertTrue(text("post-meta").startsWith("draft"), text("post-meta"));

        List<String> problems =
                browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                        .filter(entry -> entry.getLevel().intValue() >= Level.WARNING.intValue())
                        .map(LogEntry::getMessage)
                        .filter(message -> !message.contains("favicon.ico"))
                        .toList();
        assertEquals(List.of(), problems, "no CORS or other error in the browser's console");
        assertEquals("", text("error"));
    }

    private static String anonymousTagSlugOf(String title) {
        return dev.blogapi.Api.anonymous()
                .get("/api/v1/posts?size=100")
                .jsonPath()
                .getString("items.find { it.title == '" + title + "' }.tags[0].slug");
    }

    private void ready() {
        waitFor(
                () ->
                        "true"
                                        .equals(
                                                browser.findElement(By.tagName("body"))
                                                        .getDomAttribute("data-ready"))
                                || !text("error").isEmpty());
        assertEquals("", text("error"), "the page reported an error");
    }

    private List<WebElement> postLinks() {
        return browser.findElements(By.cssSelector("#posts a.post-link"));
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private void waitFor(java.util.function.BooleanSupplier condition) {
        // The list is re-rendered as answers arrive: an element read mid-render is read again.
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(StaleElementReferenceException.class)
                .until(driver -> condition.getAsBoolean());
    }

    private static void serve(String path, com.sun.net.httpserver.HttpExchange exchange)
            throws IOException {
        Path file = PAGE.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
        if (!file.startsWith(PAGE) || !Files.isRegularFile(file)) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        byte[] body = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        exchange.getResponseHeaders()
                .set(
                        "Content-Type",
                        name.endsWith(".js")
                                ? "text/javascript; charset=utf-8"
                                : name.endsWith(".html")
                                        ? "text/html; charset=utf-8"
                                        : "text/plain");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
