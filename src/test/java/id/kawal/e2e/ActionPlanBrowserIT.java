package id.kawal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionProcess;
import id.kawal.competition.CompetitionService;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import id.kawal.support.ExternalTools;
import id.kawal.system.web.DayMonthYear;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.FileSystemUtils;

/**
 * Real people's walks in headless Chromium (Debian's chromium and chromium-driver): a participant,
 * a mentor, a coach and an administrator through the action plan to a downloaded STTPP that the
 * public page confirms; and an OPD, the administrator and three jurors through a competition to
 * published results. Every page they visit is checked by axe-core against WCAG 2.1 A and AA (a serious or
 * critical violation fails the walk at its end, listing them all), and the main pages are seen again at a
 * phone's width, where none may be wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:kawal-e2e;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
class ActionPlanBrowserIT {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "e2e-screenshots");
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Set<String> BLOCKING_IMPACTS = Set.of("serious", "critical");
    private static final Dimension DESKTOP = new Dimension(1280, 1000);
    private static final Dimension PHONE = new Dimension(390, 844);

    private static WebDriver browser;
    private static Path userDataDir;

    /** Serious and critical axe violations found so far in this walk, one line per element. */
    private final List<String> accessibilityViolations = new ArrayList<>();
    private final Set<String> checkedPages = new HashSet<>();
    /** Pages wider than a phone's screen, found so far in this walk. */
    private final List<String> sidewaysScrolling = new ArrayList<>();

    @LocalServerPort int port;
    @Autowired CompetitionService competitions;
    @Autowired ManagementService management;

    @BeforeAll
    static void startBrowser() throws Exception {
        ExternalTools.require(CHROMIUM, "chromium chromium-driver", "The browser walk");
        ExternalTools.require(CHROMEDRIVER, "chromium chromium-driver", "The browser walk");
        // Debian's driver is given explicitly; Selenium Manager must never go online for one
        System.setProperty("SE_OFFLINE", "true");
        userDataDir = Files.createTempDirectory("kawal-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,1000", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void desktopWidth() {
        browser.manage().window().setSize(DESKTOP);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (userDataDir != null) {
            FileSystemUtils.deleteRecursively(userDataDir.toFile());
        }
    }

    // ---- the walks -----------------------------------------------------------------------------

    @Test
    void participantMentorCoachAndAdministratorWalkAPlanToACertificateThePublicCanCheck() throws Exception {
        // a) the participant drafts the proposal; an empty form keeps its page with messages by the fields
        login("peserta5");
        screenshot("home-peserta5");
        phonePass("home");
        phoneMenuFolds();
        openTask("#inbox", "draft-proposal", null);
        phonePass("task-proposal");
        String taskPage = browser.getCurrentUrl();
        String action = browser.findElement(By.cssSelector("main form")).getAttribute("action");
        click(By.id("submit"));
        waitFor(By.cssSelector(".field.has-error .error"));
        screenshot("proposal-empty-rejected");
        assertThat(browser.findElement(By.cssSelector("main form")).getAttribute("action")).isEqualTo(action);
        for (String field : List.of("title", "problemStatement", "objectives")) {
            WebElement box = browser.findElement(By.xpath("//*[@id='" + field + "']/ancestor::div[contains(@class,'field')][1]"));
            assertThat(box.getAttribute("class")).as(field).contains("has-error");
            assertThat(box.findElement(By.className("error")).getText()).as(field).isNotBlank();
        }
        assertThat(browser.findElements(By.id("milestones0.title"))).as("milestone rows kept").isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("div.field > input[type=file]"))).as("file input kept").isNotEmpty();
        // nothing lost: the task is still waiting in the inbox
        browser.get(url("/"));
        assertThat(waitFor(By.id("inbox")).findElements(By.cssSelector("tr[data-task='draft-proposal']"))).hasSize(1);
        browser.get(taskPage);
        type(By.id("title"), "PUSAT PENA: layanan perizinan bergerak");
        type(By.id("problemStatement"), "Pelaku usaha jauh dari kantor layanan.");
        type(By.id("objectives"), "Izin terbit di lokasi usaha.");
        type(By.id("milestones0.title"), "Armada layanan bergerak beroperasi");
        // dates are typed day first, as Indonesians write them, whatever the browser's language
        assertThat(browser.findElement(By.id("milestones0.dueDate-format")).getText()).contains("hh-bb-tttt");
        type(By.id("milestones0.dueDate"), DayMonthYear.format(LocalDate.now().plusDays(14)));
        // the labelled file input of the documents field (forms :: input currently also emits a stray one after the title)
        browser.findElement(By.cssSelector("div.field > input[type=file]")).sendKeys(pdf("proposal-pusat-pena.pdf", "Proposal PUSAT PENA").toString());
        screenshot("proposal-form");
        click(By.id("submit"));
        assertThat(waitFor(By.cssSelector(".flash")).getText()).isNotBlank();
        assertThat(browser.getCurrentUrl()).matches(".*/plans/\\d+$");
        assertThat(browser.findElement(By.cssSelector("main h1")).getText()).isEqualTo("PUSAT PENA: layanan perizinan bergerak");
        assertThat(browser.findElement(By.linkText("proposal-pusat-pena.pdf")).getAttribute("href")).contains("/documents/");
        String journey = browser.getCurrentUrl();
        screenshot("journey-after-proposal");
        phonePass("journey");
        browser.get(url("/competitions"));
        screenshot("competitions-peserta5");
        phonePass("competitions");
        logout();

        // b) mentor and coach approve
        for (String[] reviewer : List.of(new String[] {"mentor", "review-proposal-mentor"}, new String[] {"coach", "review-proposal-coach"})) {
            login(reviewer[0]);
            openTask("#inbox", reviewer[1], "Sukirno");
            screenshot("review-" + reviewer[0]);
            if (reviewer[0].equals("mentor")) {
                phonePass("task-review");
            }
            click(By.id("decision-approve"));
            click(By.id("submit"));
            waitFor(By.cssSelector(".flash"));
            logout();
        }

        // c) the participant sees the trial as the current stage
        login("peserta5");
        browser.get(journey);
        assertThat(waitFor(By.id("current-stage")).getText()).contains("Uji coba");
        screenshot("journey-in-trial");
        logout();

        // d) the administrator issues Ilena Palupi's STTPP
        login("admin");
        openTask("#inbox", "issue-certificate", "Ilena Palupi");
        click(By.id("submit"));
        String serial = waitFor(By.cssSelector("#certificate code")).getText();
        assertThat(serial).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
        screenshot("certificate-issued");
        // the administrator's other pages: cohorts with their enrolment and CSV forms, users, certificates, password
        browser.get(url("/admin/cohorts"));
        screenshot("admin-cohorts");
        click(By.cssSelector("main table a"));
        waitFor(By.id("enrol-form"));
        screenshot("admin-cohort");
        for (String page : List.of("/admin/users", "/admin/certificates", "/account/password")) {
            browser.get(url(page));
            screenshot("admin" + page.replace('/', '-'));
        }
        // the innovation registry: the list, a record, the registration form
        browser.get(url("/innovations"));
        screenshot("innovations");
        phonePass("innovations");
        click(By.cssSelector("main table td a"));
        waitFor(By.tagName("h1"));
        screenshot("innovation");
        phonePass("innovation");
        browser.get(url("/innovations/new"));
        screenshot("innovation-new");
        // the mayor's target, the index and the yearly check, as the administrator sees them
        for (String page : List.of("/innovations/dashboard", "/innovations/index?year=2025", "/innovations/index/setup",
                "/innovations/checks", "/account/email")) {
            browser.get(url(page));
            waitFor(By.tagName("h1"));
            String name = page.substring(1).replaceAll("[/?=]", "-");
            screenshot(name);
            if (!page.startsWith("/account")) {
                phonePass(name);
            }
        }
        logout();

        // SIAP KAWAL's owner was rotated: the head of Diskominfo names the successor; RSUD Bendan's officer is asked
        // whether JEMPOL still runs
        login("kepala.kominfo");
        click(By.cssSelector("#handover-inbox a[href*='/handover-tasks/']"));
        waitFor(By.tagName("h1"));
        screenshot("handover-name-successor");
        phonePass("handover-name-successor");
        logout();
        login("opd1");
        click(By.cssSelector("#check-inbox a[href*='/innovations/checks/tasks/']"));
        waitFor(By.tagName("h1"));
        screenshot("check-question");
        phonePass("check-question");
        logout();

        // e) the holder downloads it; the public page confirms it is genuine
        login("peserta2");
        WebElement link = waitFor(By.cssSelector("#certificates a.download-certificate"));
        screenshot("home-peserta2-certificate");
        HttpResponse<byte[]> pdf = download(link.getAttribute("href"));
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ilena Palupi").contains(serial);
        }
        logout();
        browser.get(url("/verify/" + serial));
        assertThat(waitFor(By.id("verdict")).getAttribute("data-genuine")).isEqualTo("true");
        assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("Ilena Palupi");
        screenshot("verify-genuine");
        phonePass("verify");
        // a stranger checks the downloaded file itself: these are the issued bytes, and the signature is intact
        Path downloaded = Files.createTempDirectory("kawal-download").resolve("sttpp.pdf");
        Files.write(downloaded, pdf.body());
        browser.findElement(By.id("file")).sendKeys(downloaded.toString());
        click(By.id("upload-submit"));
        assertThat(waitFor(By.id("bytes-verdict")).getAttribute("data-issued")).isEqualTo("true");
        assertThat(browser.findElement(By.id("signature-verdict")).getAttribute("data-intact")).isEqualTo("true");
        screenshot("verify-upload");

        // the administrator corrects the name: the old certificate is revoked and names its replacement
        login("admin");
        browser.get(url("/admin/certificates/" + serial));
        type(By.id("holderName"), "Ilena Palupi, S.E.");
        type(By.id("reason"), "Gelar belum dicantumkan");
        screenshot("certificate-admin");
        click(By.id("reissue-submit"));
        waitFor(By.cssSelector(".flash"));
        String corrected = browser.findElement(By.cssSelector("h1 code")).getText();
        assertThat(corrected).isNotEqualTo(serial);
        logout();
        browser.get(url("/verify/" + serial));
        assertThat(waitFor(By.id("verdict")).getAttribute("data-status")).isEqualTo("REVOKED");
        assertThat(browser.findElement(By.id("revocation-reason")).getText()).isEqualTo("Gelar belum dicantumkan");
        click(By.id("replaced-by"));
        assertThat(waitFor(By.id("verdict")).getAttribute("data-genuine")).isEqualTo("true");
        assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo("Ilena Palupi, S.E.");
        screenshot("verify-revoked-and-replaced");

        browser.get(url("/verify/AAAA-BBBB-CCCC-DDDD-EEEE"));
        assertThat(waitFor(By.id("verdict")).getAttribute("data-genuine")).isEqualTo("false");
        screenshot("verify-unknown");
        // the same page in English says so to a screen reader, and passes the same checks
        browser.get(url("/verify/" + corrected + "?lang=en"));
        assertThat(waitFor(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        phonePass("verify-en");
        browser.get(url("/verify/" + corrected + "?lang=id")); // the browser is shared: the other walk reads Indonesian
        assertThat(waitFor(By.tagName("html")).getAttribute("lang")).isEqualTo("id");
        assertNoAccessibilityViolations("action-plan");
    }

    @Test
    void anOpdEntersTheAdministratorValidatesJurorsScoreAndTheResultsArePublished() throws Exception {
        Competition open = competitions.all().stream().filter(c -> c.getName().startsWith("Kompetisi Inovasi Pelayanan Publik"))
                .findFirst().orElseThrow();

        login("opd3");
        browser.get(url("/competitions"));
        screenshot("competitions-opd3");
        click(By.cssSelector("a.new-entry"));
        type(By.id("innovationTitle"), "KELURAHAN SIAGA SAMPAH");
        type(By.id("summary"), "Bank sampah kelurahan dengan jadwal angkut yang bisa dipantau warga.");
        type(By.id("implementedOn"), "01-03-2021");
        for (int i = 0; i < 3; i++) {
            browser.findElement(By.id("doc" + i)).sendKeys(pdf("dokumen-" + i + ".pdf", "Dokumen " + i).toString());
        }
        screenshot("entry-form");
        click(By.id("submit"));
        assertThat(waitFor(By.id("entry-status")).getText()).isEqualTo("Dalam seleksi administrasi");
        String entryPage = browser.getCurrentUrl();
        logout();

        // desk review: ours is eligible; the other entry waiting lacks documents and is ruled out
        login("admin");
        browser.get(url("/admin/competitions"));
        waitFor(By.id("competition-form"));
        screenshot("admin-competitions");
        openTask("#competition-inbox", "desk-review", "KELURAHAN SIAGA SAMPAH");
        screenshot("desk-review");
        click(By.id("decision-ELIGIBLE"));
        click(By.id("desk-submit"));
        waitFor(By.cssSelector(".flash"));
        openTask("#competition-inbox", "desk-review", "SIMPEL RANAP");
        click(By.id("decision-INELIGIBLE"));
        type(By.id("reason"), "Dokumen SK dan bukti implementasi tidak ada.");
        click(By.id("desk-submit"));
        waitFor(By.cssSelector(".flash"));
        // the submission window closes (its timer fires)
        management.executeJob(management.createJobQuery().processInstanceId(competitions.get(open.getId()).getProcessInstanceId())
                .activityId(CompetitionProcess.SUBMISSION_CLOSES).singleResult().getId());
        browser.get(url("/admin/competitions/" + open.getId()));
        click(By.id("step-submit"));
        waitFor(By.cssSelector(".flash"));
        logout();

        for (String juror : List.of("juri1", "juri2", "juri3")) {
            login(juror);
            openTask("#competition-inbox", "score-entry", "KELURAHAN SIAGA SAMPAH");
            for (WebElement input : browser.findElements(By.cssSelector("input[id^=score_]"))) {
                input.sendKeys("85");
            }
            screenshot("score-" + juror);
            click(By.id("score-submit"));
            waitFor(By.cssSelector(".flash"));
            logout();
        }

        login("admin");
        browser.get(url("/admin/competitions/" + open.getId()));
        for (int step = 0; step < 3; step++) { // close scoring, presentations held, awards as suggested
            click(By.id("step-submit"));
            waitFor(By.cssSelector(".flash"));
        }
        screenshot("competition-admin");
        logout();
        management.createJobQuery().processInstanceId(competitions.get(open.getId()).getProcessInstanceId()).list()
                .forEach(job -> management.executeJob(job.getId()));

        browser.get(url("/results/" + open.getId()));
        WebElement ranking = waitFor(By.id("ranking"));
        assertThat(ranking.getText()).contains("KELURAHAN SIAGA SAMPAH").contains("Juara 1");
        screenshot("public-results");
        // the public catalogue of running innovations, with no login
        browser.get(url("/public/innovations"));
        screenshot("public-innovations");
        phonePass("public-innovations");
        click(By.cssSelector("main table td a"));
        waitFor(By.tagName("h1"));
        screenshot("public-innovation");
        login("opd3");
        browser.get(entryPage);
        assertThat(waitFor(By.id("entry-status")).getText()).isEqualTo("Finalis");
        HttpResponse<byte[]> piagam = download(waitFor(By.cssSelector("#certificate a.download-certificate")).getAttribute("href"));
        assertThat(piagam.statusCode()).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(piagam.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Kecamatan Pekalongan Selatan").contains("Juara 1");
        }
        screenshot("entry-with-certificate");
        assertNoAccessibilityViolations("competition");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private void login(String username) {
        browser.get(url("/login"));
        checkAccessibilityOnce("login");
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        click(By.id("login-submit"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void logout() {
        click(By.cssSelector("header form button"));
        waitFor(By.id("login-submit"));
    }

    /** Opens, from an inbox on the home page, the task of a kind whose row mentions a text. */
    private void openTask(String inbox, String taskKey, String rowText) {
        browser.get(url("/"));
        waitFor(By.cssSelector(inbox));
        checkAccessibilityOnce("home-" + browser.findElement(By.cssSelector("header .who")).getText());
        WebElement row = browser.findElements(By.cssSelector(inbox + " tr[data-task='" + taskKey + "']")).stream()
                .filter(r -> rowText == null || r.getText().contains(rowText)).findFirst()
                .orElseThrow(() -> new AssertionError("No " + taskKey + " task" + (rowText == null ? "" : " for " + rowText)));
        row.findElement(By.cssSelector("a.button")).click();
        waitFor(By.cssSelector("main form"));
        checkAccessibilityOnce("task-" + taskKey);
    }

    private WebElement waitFor(By by) {
        return new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    private void click(By by) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.elementToBeClickable(by)).click();
    }

    private void type(By by, String text) {
        WebElement field = waitFor(by);
        field.clear();
        field.sendKeys(text);
    }

    private HttpResponse<byte[]> download(String href) throws Exception {
        Cookie session = browser.manage().getCookieNamed("SESSION");
        HttpRequest request = HttpRequest.newBuilder(URI.create(href)).header("Cookie", "SESSION=" + session.getValue()).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Path pdf(String name, String text) throws Exception {
        Path file = Files.createTempDirectory("kawal-upload").resolve(name);
        try (PDDocument document = new PDDocument()) {
            document.addPage(new PDPage());
            document.getDocumentInformation().setTitle(text);
            document.save(file.toFile());
        }
        return file;
    }

    /** Keeps a picture of the page (a build artefact) and checks the page with axe-core. */
    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        checkAccessibility(name);
    }

    /** The current page at a phone's width: nothing may make it scroll sideways. */
    private void phonePass(String name) throws Exception {
        browser.manage().window().setSize(PHONE);
        try {
            JavascriptExecutor js = (JavascriptExecutor) browser;
            long pageWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth;")).longValue();
            long screenWidth = ((Number) js.executeScript("return window.innerWidth;")).longValue();
            screenshot("phone-" + name);
            if (pageWidth > screenWidth) {
                sidewaysScrolling.add(name + " is " + pageWidth + " px wide on a " + screenWidth + " px screen");
            }
        } finally {
            browser.manage().window().setSize(DESKTOP);
        }
    }

    /** On a phone the top bar shows the brand and "Menu"; the links appear when it is opened, by keyboard too. */
    private void phoneMenuFolds() throws Exception {
        browser.manage().window().setSize(PHONE);
        try {
            assertThat(browser.findElement(By.id("main-menu")).isDisplayed()).as("menu folded on a phone").isFalse();
            assertThat(browser.findElement(By.id("nav-password")).isDisplayed()).isFalse();
            WebElement button = browser.findElement(By.id("menu-button"));
            assertThat(button.isDisplayed()).isTrue();
            assertThat(button.getSize().getHeight()).as("a touch target").isGreaterThanOrEqualTo(44);
            button.click();
            assertThat(browser.findElement(By.id("main-menu")).isDisplayed()).as("menu opened").isTrue();
            screenshot("phone-menu-open");
            // the checkbox behind it takes the keyboard: space closes the menu again
            assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("menu-toggle");
            new Actions(browser).sendKeys(Keys.SPACE).perform();
            assertThat(browser.findElement(By.id("main-menu")).isDisplayed()).as("menu closed by keyboard").isFalse();
        } finally {
            browser.manage().window().setSize(DESKTOP);
        }
        assertThat(browser.findElement(By.id("main-menu")).isDisplayed()).as("a desktop shows the links").isTrue();
        assertThat(browser.findElement(By.id("menu-button")).isDisplayed()).isFalse();
    }

    private void checkAccessibilityOnce(String page) {
        if (checkedPages.add(page)) {
            checkAccessibility(page);
        }
    }

    /** Runs axe-core (WCAG 2.1 A and AA rules) on the current page and keeps its serious and critical findings. */
    private void checkAccessibility(String page) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
        assertThat(results.getErrorMessage()).as("axe-core on " + page).isNull();
        for (Rule rule : results.getViolations()) {
            for (CheckedNode node : rule.getNodes()) {
                String impact = node.getImpact() != null ? node.getImpact() : rule.getImpact();
                if (BLOCKING_IMPACTS.contains(impact)) {
                    accessibilityViolations.add(page + ": " + rule.getId() + " (" + impact + ") " + node.getTarget());
                }
            }
        }
    }

    /**
     * Fails the walk on the accessibility violations and too wide phone pages found in it, after keeping them in a
     * report next to the screenshots.
     */
    private void assertNoAccessibilityViolations(String walk) throws Exception {
        Files.write(SCREENSHOTS.resolve("axe-" + walk + ".txt"), accessibilityViolations);
        assertThat(sidewaysScrolling).as("pages scrolling sideways on a phone").isEmpty();
        assertThat(accessibilityViolations).as("serious or critical WCAG 2.1 AA violations (page: rule (impact) element)")
                .isEmpty();
    }
}
