package io.github.chassisspec.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.chassisspec.examples.cli.ChassisCheck.Result;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML report as a person sees it: headless Chromium (Debian's {@code chromium}) lays the bundled bus's report
 * out, a probe measures the title, the verdict badge, the charts and any overflow, and a screenshot shows the
 * verdict's red. {@code .ci/run} installs Chromium; elsewhere the test is skipped, with the reason, when it is
 * missing, except under CI, where a missing browser fails it.
 */
class HtmlReportInBrowserTest {

    private static final String BUS = "examples/specs/bus-16t.json";
    private static final String CLIENTS_WORDS = "examples/specs/requirements/mediterranean-tender.json";
    private static final Pattern PROBE = Pattern.compile("<pre id=\"probe\">([A-Za-z0-9+/=]+)</pre>");

    @TempDir
    static Path folder;
    private static Path chromium;

    @BeforeAll
    static void findChromium() {
        chromium = locateChromium();
        if (chromium == null) {
            String reason = "no chromium on PATH nor at /usr/bin/chromium; install Debian's chromium (.ci/run does)";
            if ("true".equals(System.getenv("CI"))) {
                fail(reason);
            }
            Assumptions.abort(reason);
        }
    }

    private static Path locateChromium() {
        String configured = System.getenv("CHROMIUM");
        List<Path> candidates = new ArrayList<>();
        if (configured != null && !configured.isBlank()) {
            candidates.add(Path.of(configured));
        }
        for (String directory : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!directory.isBlank()) {
                candidates.add(Path.of(directory, "chromium"));
                candidates.add(Path.of(directory, "chromium-browser"));
            }
        }
        candidates.add(Path.of("/usr/bin/chromium"));
        return candidates.stream().filter(Files::isExecutable).findFirst().orElse(null);
    }

    /** Runs headless Chromium with a fresh profile and no network use of its own; returns what it printed. */
    private static String chromium(String name, int width, int height, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--user-data-dir=" + Files.createTempDirectory(folder, "profile-"),
                "--window-size=" + width + "," + height));
        command.addAll(List.of(arguments));
        Path output = folder.resolve(name + ".out");
        Process process = new ProcessBuilder(command).redirectErrorStream(false)
                .redirectOutput(output.toFile()).redirectError(folder.resolve(name + ".err").toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("chromium did not finish within 120 s: " + command);
        }
        return Files.readString(output, StandardCharsets.UTF_8);
    }

    private static Path report(String language) throws IOException {
        Path report = folder.resolve("bus-" + language + ".html");
        Result result = ChassisCheck.runCaptured(BUS, "-r", CLIENTS_WORDS, "--format", "html", "--lang", language,
                "-o", report.toString());
        assertEquals(ChassisCheck.EXIT_FAIL, result.status(), result.err());
        return report;
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @CsvSource(delimiter = '|', textBlock = """
            en | 1280 | Compliance report: BUS-16T-5900 against “Mediterranean city bus tender, as the client wrote it” | FAIL
            en |  390 | Compliance report: BUS-16T-5900 against “Mediterranean city bus tender, as the client wrote it” | FAIL
            zh | 1280 | 符合性报告：BUS-16T-5900 对照“Mediterranean city bus tender, as the client wrote it”             | 不通过
            zh |  390 | 符合性报告：BUS-16T-5900 对照“Mediterranean city bus tender, as the client wrote it”             | 不通过
            """)
    void busReport_showsTitleVerdictAndChartsWithoutOverflow(String language, int width, String title, String verdict)
            throws IOException, InterruptedException {
        Path report = report(language);
        String script;
        try (InputStream probe = HtmlReportInBrowserTest.class.getResourceAsStream("/browser-probe.js")) {
            script = new String(probe.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path probed = folder.resolve("probed-" + language + "-" + width + ".html");
        Files.writeString(probed, Files.readString(report).replace("</body>", "<script>" + script + "</script></body>"));
        String dom = chromium("dom-" + language + "-" + width, width, 900, "--virtual-time-budget=5000", "--dump-dom",
                probed.toUri().toString());
        Matcher matcher = PROBE.matcher(dom);
        assertTrue(matcher.find(), "the probe did not report; chromium printed: " + dom.substring(0,
                Math.min(500, dom.length())));
        JsonNode seen = JsonMapper.builder().build().readTree(new String(Base64.getDecoder().decode(matcher.group(1)),
                StandardCharsets.UTF_8));
        assertEquals(title, seen.get("title").asString());
        assertEquals(title, seen.get("heading").asString());
        assertEquals(verdict, seen.get("verdict").asString());
        assertEquals("rgb(179, 38, 30)", seen.get("verdictColour").asString(), "the FAIL badge is red");
        assertTrue(seen.get("verdictVisible").asBoolean(), "the verdict is on the first screen");
        assertEquals(3, seen.get("charts").size(), seen.toString());
        for (JsonNode chart : seen.get("charts")) {
            assertTrue(chart.get("width").asInt() >= Math.min(300, width - 80), "chart drawn at a readable width: " + seen);
            assertTrue(chart.get("height").asInt() >= 100, "chart drawn at a readable height: " + seen);
            assertTrue(chart.get("right").asInt() <= seen.get("viewport").asInt(), "chart inside the page: " + seen);
            assertTrue(chart.get("marks").asInt() >= 1, "chart has its bars or lines: " + seen);
        }
        assertTrue(seen.get("scrollWidth").asInt() <= seen.get("viewport").asInt(), "no sideways scrolling: " + seen);
        assertEquals(0, seen.get("overflowing").size(), "nothing past the right edge: " + seen);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"en", "zh"})
    void screenshot_showsTheRedVerdictAndDrawnContent(String language) throws IOException, InterruptedException {
        Path report = report(language);
        Path screenshot = Path.of("examples/target/screenshots/bus-" + language + ".png").toAbsolutePath();
        Files.createDirectories(screenshot.getParent());
        Files.deleteIfExists(screenshot);
        chromium("screenshot-" + language, 1200, 1600, "--screenshot=" + screenshot, report.toUri().toString());
        BufferedImage image = ImageIO.read(screenshot.toFile());
        assertEquals(1200, image.getWidth());
        assertEquals(1600, image.getHeight());
        int red = 0;
        int drawn = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int pixel = image.getRGB(x, y);
                int r = (pixel >> 16) & 0xff;
                int g = (pixel >> 8) & 0xff;
                int b = pixel & 0xff;
                if (Math.abs(r - 179) < 12 && Math.abs(g - 38) < 12 && Math.abs(b - 30) < 12) {
                    red++;
                }
                if (r < 200 || g < 200 || b < 200) {
                    drawn++;
                }
            }
        }
        // The big badge alone is about 90 × 40 px: a quarter of that in the sampled grid.
        assertTrue(red > 300, "red verdict pixels sampled: " + red);
        assertTrue(drawn > image.getWidth() * image.getHeight() / 4 / 50, "drawn pixels sampled: " + drawn);
    }
}
