package io.github.corspolicy.sample.contract;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The only judge of CORS that matters: a real browser. Debian's headless Chromium loads the demo
 * page from its own origin and runs every scenario against the API on another port. A sample runs
 * it with a subclass that starts the sample on a random port, its page included: the page calls
 * the port the API was given, on either stack. Without the browser the test is skipped, and fails
 * when {@code CI=true}.
 */
public abstract class BrowserScenariosContract {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	/** The page's port, the same for every test of the class so that one application serves them all. */
	protected static final int FRONT_END_PORT = freePort();

	private static WebDriver browser;

	/** The name the screenshots start with, in the sample's {@code target} directory. */
	protected abstract String screenshotPrefix();

	@DynamicPropertySource
	static void frontEndOnItsOwnOrigin(DynamicPropertyRegistry registry) {
		registry.add("sample.front-end.port", () -> FRONT_END_PORT);
		// only the page's localhost origin: the same page on 127.0.0.1 is another, disallowed origin
		registry.add("cors.allowed-origins", () -> "http://localhost:" + FRONT_END_PORT);
	}

	@BeforeAll
	static void startChromium() throws IOException {
		requireChromium();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--window-size=1280,1250",
					"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopChromium() {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
	}

	@Test
	void everyScenarioBehavesAsExpectedFromTheAllowedOrigin() throws IOException {
		runAllScenarios("http://localhost:" + FRONT_END_PORT + "/");
		screenshot(screenshotPrefix() + "-scenarios.png");
		assertResult("credentialed-get", "ok", "200");
		assertThat(result("credentialed-get").getAttribute("data-exposed")).isEqualTo("ETag,X-Request-ID");
		assertThat(result("credentialed-get").getText()).contains("X-Request-ID: demo-");
		assertResult("no-token", "http-error", "401");
		assertResult("wrong-token", "http-error", "401");
		assertResult("post-json", "ok", "200");
		assertResult("server-error", "http-error", "500");
		assertResult("disallowed-header", "cors-error", "");
		assertResult("public-ping", "ok", "200");
		assertThat(result("public-ping").getText()).contains("body: pong");
	}

	@Test
	void pageFromAnOriginThatIsNotAllowedIsBlocked() throws IOException {
		runAllScenarios("http://127.0.0.1:" + FRONT_END_PORT + "/");
		screenshot(screenshotPrefix() + "-disallowed-origin.png");
		for (String scenario : List.of("credentialed-get", "no-token", "server-error", "public-ping")) {
			assertResult(scenario, "cors-error", "");
		}
	}

	private static void runAllScenarios(String page) {
		browser.get(page);
		browser.findElement(By.id("run-all")).click();
		new WebDriverWait(browser, Duration.ofSeconds(30))
			.until((driver) -> "true".equals(driver.findElement(By.tagName("body")).getAttribute("data-finished")));
	}

	private static void assertResult(String scenario, String outcome, String status) {
		WebElement result = result(scenario);
		assertThat(result.getAttribute("data-outcome")).as("%s: %s", scenario, result.getText()).isEqualTo(outcome);
		assertThat(result.getAttribute("data-status")).as("%s: %s", scenario, result.getText()).isEqualTo(status);
	}

	private static WebElement result(String scenario) {
		return browser.findElement(By.id("result-" + scenario));
	}

	private static void screenshot(String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target", name);
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void requireChromium() {
		if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
			return;
		}
		String message = "The browser test needs Debian's Chromium and ChromeDriver at " + CHROMIUM + " and "
				+ CHROMEDRIVER + ": sudo apt-get install -y chromium chromium-driver";
		if ("true".equals(System.getenv("CI"))) {
			Assertions.fail(message);
		}
		Assumptions.abort(message);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException("No free port for the front end", ex);
		}
	}

}
