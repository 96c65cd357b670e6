package io.github.corspolicy.sample.contract;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, started one way for all of them: without the
 * browser a test is skipped, and fails when {@code CI=true}.
 */
public final class HeadlessChromium {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private HeadlessChromium() {
	}

	/** Starts a browser with a fresh profile; skips the test (or fails it on CI) without Chromium. */
	public static WebDriver start() throws IOException {
		require();
		ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-quic", "--no-first-run", "--disable-background-networking",
					"--disable-component-update", "--disable-sync", "--window-size=1280,1250",
					"--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		return new ChromeDriver(service, options);
	}

	/** Saves what the browser shows to {@code target/<name>}. */
	public static void screenshot(WebDriver browser, String name) throws IOException {
		File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
		Path target = Path.of("target", name);
		Files.createDirectories(target.getParent());
		Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
	}

	private static void require() {
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

}
