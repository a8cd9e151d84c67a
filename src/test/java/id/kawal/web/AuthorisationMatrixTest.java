package id.kawal.web;

import static id.kawal.actionplan.ActionPlanProcess.ISSUE_CERTIFICATE;
import static id.kawal.actionplan.ActionPlanProcess.REPORT_MILESTONE;
import static id.kawal.actionplan.ActionPlanProcess.REVIEW_PROPOSAL_MENTOR;
import static id.kawal.actionplan.ActionPlanProcess.SCORE_SEMINAR_MENTOR;
import static id.kawal.competition.CompetitionProcess.DESK_REVIEW;
import static id.kawal.competition.CompetitionProcess.FINISH_DESK_REVIEW;
import static id.kawal.competition.CompetitionProcess.SCORE_ENTRY;
import static id.kawal.competition.CompetitionProcess.SUBMISSION_CLOSES;
import static id.kawal.competition.CompetitionProcess.SUBMISSION_OPENS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.actionplan.CohortRepository;
import id.kawal.certificate.CertificateService;
import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionProcess;
import id.kawal.competition.CompetitionService;
import id.kawal.competition.DeskReviewForm;
import id.kawal.competition.Entry;
import id.kawal.competition.EntryForm;
import id.kawal.competition.EntryRepository;
import id.kawal.competition.EntryService;
import id.kawal.competition.ResultsService;
import id.kawal.document.DocumentOwner;
import id.kawal.document.DocumentService;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.innovation.InnovationFilter;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.innovation.InnovationStatus;
import id.kawal.innovation.check.InnovationCheckProcess;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.support.Rounds;
import id.kawal.system.ClockConfig;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.ResolvableType;
import org.springframework.http.MediaType;
import org.springframework.http.server.PathContainer;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may do what: every endpoint of Kawal (every GET and POST of its pages and its API, taken from the app's own
 * request mappings), plus a few of the engine's REST API, Camunda's webapps and the actuator, against everybody:
 *
 * <ul>
 * <li>{@code anon}: nobody logged in;</li>
 * <li>{@code peserta1}, {@code peserta2}: participants; {@code {own}} is peserta1's plan (graduated, with its
 * certificate {@code {ownCert}} and a document {@code {ownDoc}}), so peserta2 is the other participant;</li>
 * <li>{@code mentor}, {@code coach}, {@code penguji}: the mentor, coach and examiner of every demo plan and of the
 * plans made here; {@code mentor2}: another mentor, of no plan used here;</li>
 * <li>{@code admin}: the administrator;</li>
 * <li>{@code opd1} (RSUD Bendan): officer of the OPD of {@code {ownEntry}} (JEMPOL, published round), who entered
 * it and holds its piagam {@code {ownPiagam}};
 * {@code opd3} (Kecamatan Pekalongan Selatan): another OPD;</li>
 * <li>{@code juri1}: juror of every entry; {@code juri3} works in Bappeda, so is no juror of Bappeda's
 * {@code {bappedaEntry}} (SEKSAMA), a conflict of interest, but is one of {@code {ownEntry}};</li>
 * <li>{@code uji}: a fresh participant in the trial, whose report-milestone task is {@code {ujiTask}}.</li>
 * </ul>
 *
 * <p>Tasks made here: {@code {mentorReview}} (the mentor's review of a proposal), {@code {mentorScore}} (the
 * mentor's seminar score) and {@code {adminTask}} (an issue-certificate task offered to the administrators, taken
 * by a second administrator, so that {@code admin} gets past every check and then a 409, and nothing happens); and
 * a round of our own being scored, with juri1's task {@code {juri1Score}} on RSUD Bendan's {@code {scoringEntry}}
 * and Bappeda's {@code {bappedaScoring}}, of which juri3 is no juror (a conflict of interest).
 *
 * <p>A cell is {@code ok} (allowed: any status but 401 and 403 and a redirect to the login page), {@code L} (a
 * redirect to the login page), or an exact status. So that nothing changes, an allowed POST is aimed where it is
 * refused after the authorisation checks: a form left empty (the page again, 200, or 400), an id that does not
 * exist (404), a task of another kind or taken by another administrator (409). The steps of a task check who
 * may do them after the body is validated, so their bodies here are valid, aimed at a task of another kind.
 */
@KawalIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorisationMatrixTest {

    /** The columns of the matrix, in order. */
    static final List<String> WHO = List.of("anon", "peserta1", "peserta2", "mentor", "mentor2", "coach", "penguji",
            "admin", "opd1", "opd3", "juri1", "juri3", "uji");

    // bodies of the API's task steps: a task's owner is checked by the step itself, after the body is validated
    static final String PROPOSAL = """
            {"title":"Inovasi","problemStatement":"Masalah","objectives":"Tujuan","milestones":[{"title":"Satu","dueDate":"2099-01-01"}]}""";
    static final String APPROVE = "{\"decision\":\"APPROVE\"}";
    static final String SEMINAR_SCORE = "{\"score\":80}";
    static final String ELIGIBLE = "{\"decision\":\"ELIGIBLE\"}";
    static final String SCORES = "{\"scores\":[{\"criterionId\":1,\"value\":80}]}";
    static final String CLOSE = "{\"action\":\"CLOSE\"}";
    /** One criterion of the round being scored, not all: refused after the juror's checks, so nothing is saved. */
    static final String ONE_SCORE = "{\"scores\":[{\"criterionId\":{scoringCriterion},\"value\":80}]}";
    static final String STALE_INNOVATION = "{\"name\":\"JEMPOL\",\"form\":\"DIGITAL\",\"version\":999}";
    static final String STALE_STATUS = "{\"status\":\"TERHENTI\",\"changedOn\":\"2025-01-01\",\"reason\":\"x\",\"version\":999}";
    static final String ROTATION = "{\"rotatedOn\":\"2025-01-01\"}";
    static final String ACCEPT = "{\"decision\":\"ACCEPT\"}";
    static final String YEAR_1999 = "{\"year\":1999}";
    static final String RUNNING_WITHOUT_EVIDENCE = "{\"outcome\":\"BERJALAN\"}";
    static final String REVERSED_WINDOW = "{\"windowFrom\":\"2030-12-31\",\"windowTo\":\"2029-01-01\"}";
    static final String LINK_WITHOUT_URL = "{\"kind\":\"LINK\",\"label\":\"x\",\"measuredOn\":\"2025-01-01\"}";
    /**
     * The matrix: one row per endpoint (a few endpoints twice, on another object). Query parameters are sent as
     * form fields on pages and multipart requests.
     */
    static List<Row> matrix() {
        return List.of(
        //      endpoint                                          body         anon peserta1 peserta2 mentor mentor2 coach penguji admin opd1 opd3 juri1 juri3 uji
        // ---- home, login, action plans (pages)
        row("GET  /",                                                          "L   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /login",                                                     "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /plans/{own}",                                               "L   200 403 200 403 200 200 200 403 403 403 403 403"),
        row("GET  /plans/{own}/report.pdf",                                    "L   200 403 200 403 200 200 200 403 403 403 403 403"),
        row("GET  /plans/{own}/audit.pdf",                                     "L   200 403 200 403 200 200 200 403 403 403 403 403"),
        row("GET  /tasks/{mentorReview}",                                      "L   403 403 200 403 403 403 403 403 403 403 403 403"),
        row("GET  /tasks/{ujiTask}",                                           "L   403 403 403 403 403 403 403 403 403 403 403 200"),
        row("POST /tasks/{mentorReview}/claim",                                "L   403 403 ok  403 403 403 403 403 403 403 403 403"),
        row("POST /tasks/{ujiTask}/proposal",                                  "L   403 403 403 403 403 403 403 403 403 403 403 409"),
        row("POST /tasks/{mentorReview}/review",                               "L   403 403 200 403 403 403 403 403 403 403 403 403"),
        row("POST /tasks/{ujiTask}/report",                                    "L   403 403 403 403 403 403 403 403 403 403 403 200"),
        row("POST /tasks/{mentorScore}/score",                                 "L   403 403 200 403 403 403 403 403 403 403 403 403"),
        row("POST /tasks/{adminTask}/issue",                                   "L   403 403 403 403 403 403 409 403 403 403 403 403"),
        row("GET  /documents/{ownDoc}",                                        "L   200 403 200 403 200 200 200 403 403 403 403 403"),
        row("GET  /documents/{ownDoc}/preview",                                "L   200 403 200 403 200 200 200 403 403 403 403 403"),
        row("GET  /certificates/{ownCert}.pdf",                                "L   200 403 200 403 200 200 200 403 403 403 403 403"),
        // ---- competitions (pages)
        row("GET  /competitions",                                              "L   200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /competitions/{open}/entries/new",                           "L   403 403 403 403 403 403 403 200 200 403 403 403"),
        row("POST /competitions/{open}/entries",                               "L   403 403 403 403 403 403 403 200 200 403 403 403"),
        row("GET  /entries/{ownEntry}",                                        "L   403 403 403 403 403 403 200 200 403 200 200 403"),
        row("GET  /entries/{bappedaEntry}",                                    "L   403 403 403 403 403 403 200 403 403 200 403 403"),
        row("POST /entries/{ownEntry}/desk-review?taskId={adminTask}&decision=ELIGIBLE",
                                                                               "L   403 403 403 403 403 403 409 403 403 403 403 403"),
        row("POST /entries/{ownEntry}/documents?taskId={adminTask}",           "L   403 403 403 403 403 403 409 403 403 403 403 403"),
        row("POST /entries/{ownEntry}/score?taskId={adminTask}&{scores}",      "L   403 403 403 403 403 403 409 403 403 403 403 403"),
        row("POST /entries/{ownEntry}/revise?{scores}",                        "L   403 403 403 403 403 403 403 403 403 409 409 403"),
        row("POST /entries/{bappedaEntry}/revise?{scores}",                    "L   403 403 403 403 403 403 403 403 403 409 403 403"),
        row("POST /entries/{ownEntry}/reassign?taskId={missing}&juror=juri2",  "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /certificates/{ownPiagam}.pdf",                              "L   403 403 403 403 403 403 200 200 403 403 403 403"),
        row("GET  /documents/{entryDoc}",                                      "L   403 403 403 403 403 403 200 200 403 200 200 403"),
        row("GET  /documents/{entryDoc}/preview",                              "L   403 403 403 403 403 403 200 200 403 200 200 403"),
        // ---- the innovation registry (pages): {ownInnovation} is RSUD Bendan's JEMPOL (opd1's OPD), {siapKawal} comes from
        // peserta1's plan (mentor, coach, penguji take part in it), {stopped} is Bappeda's SIPANDU; empty forms come back
        row("GET  /innovations",                                               "L   200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /innovations/new",                                           "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("POST /innovations",                                               "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /innovations/{siapKawal}",                                   "L   200 403 200 403 200 200 200 200 200 403 403 403"),
        row("GET  /innovations/{ownInnovation}",                               "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /innovations/{ownInnovation}/edit",                          "L   403 403 403 403 403 403 200 200 403 403 403 403"),
        row("POST /innovations/{ownInnovation}",                               "L   403 403 403 403 403 403 200 200 403 403 403 403"),
        row("POST /innovations/{ownInnovation}/status",                        "L   403 403 403 403 403 403 200 200 403 403 403 403"),
        row("POST /innovations/{ownInnovation}/evidence",                      "L   403 403 403 403 403 403 200 200 403 403 403 403"),
        row("POST /innovations/{ownInnovation}/documents",                     "L   403 403 403 403 403 403 200 200 403 403 403 403"),
        // the handover: {siapKawal}'s owner (peserta1) was rotated in the demo, so nobody owns it and a second rotation is a
        // conflict; steps sent to {mentorReview}, a task of another kind: the mentor's (409), nobody else's (403)
        row("GET  /innovations/{siapKawal}/handover",                          "L   200 403 200 403 200 200 200 200 200 403 403 403"),
        row("POST /innovations/{siapKawal}/handover",                          "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /handover-tasks/{mentorReview}",                             "L   403 403 409 403 403 403 403 403 403 403 403 403"),
        row("POST /handover-tasks/{mentorReview}/successor",                   "L   403 403 409 403 403 403 403 403 403 403 403 403"),
        row("POST /handover-tasks/{mentorReview}/checklist",                   "L   403 403 409 403 403 403 403 403 403 403 403 403"),
        row("POST /handover-tasks/{mentorReview}/acceptance",                  "L   403 403 409 403 403 403 403 403 403 403 403 403"),
        // ---- the yearly check (pages): {checkTask} is the demo's question on JEMPOL, offered to opd1 (RSUD Bendan's
        // officer: JEMPOL's owner has no account) and the administrators; a year before 2000 is refused after the checks
        row("GET  /innovations/checks",                                        "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /innovations/checks/rounds?year=1999",                       "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("POST /innovations/{ownInnovation}/checks?year=1999",              "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /innovations/checks/tasks/{checkTask}",                      "L   403 403 403 403 403 403 200 200 403 403 403 403"),
        row("POST /innovations/checks/tasks/{checkTask}",                      "L   403 403 403 403 403 403 200 200 403 403 403 403"),
        row("GET  /public/innovations",                                       "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /public/innovations/{siapKawal}",                           "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /public/innovations/{stopped}",                             "404 404 404 404 404 404 404 404 404 404 404 404 404"),
        // ---- the OPD x year dashboard and the innovation index (pages): administrators and OPD officers read them, only
        // administrators set the index up; empty setup forms come back with their errors, nothing saved
        row("GET  /innovations/dashboard",                                     "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /innovations/dashboard.csv",                                 "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /innovations/dashboard.xlsx",                                "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /innovations/index?year=2025",                               "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /innovations/index.csv?year=2025",                           "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /innovations/index.xlsx?year=2025",                          "L   403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /innovations/index/setup",                                   "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /innovations/index/setup/window",                            "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /innovations/index/setup/weights",                           "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        // ---- public pages
        row("GET  /results/{published}",                                      "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /results/{open}",                                           "404 404 404 404 404 404 404 404 404 404 404 404 404"),
        row("GET  /verify/{ownCert}",                                          "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /verify/{missingSerial}",                                    "404 404 404 404 404 404 404 404 404 404 404 404 404"),
        row("POST /verify",                                                    "400 400 400 400 400 400 400 400 400 400 400 400 400"),
        // ---- one's own password (pages); an empty form comes back with its field errors
        row("GET  /account/password",                                          "L   200 200 200 200 200 200 200 200 200 200 200 200"),
        row("POST /account/password",                                          "L   ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok  ok"),
        row("GET  /account/email",                                             "L   200 200 200 200 200 200 200 200 200 200 200 200"),
        row("POST /account/email?email=not-an-address",                        "L   200 200 200 200 200 200 200 200 200 200 200 200"),
        // ---- administration (pages)
        row("GET  /admin/users",                                               "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/users/{missingUser}/unlock",                          "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("POST /admin/users/{missingUser}/password",                        "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /admin/cohorts",                                             "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/cohorts",                                             "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /admin/cohorts/{cohort}",                                    "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/cohorts/{cohort}/enrolments",                         "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/cohorts/{cohort}/enrolments/csv",                     "L   403 403 403 403 403 403 400 403 403 403 403 403"),
        row("GET  /admin/cohorts/{cohort}/recap.pdf",                          "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /admin/cohorts/{cohort}/recap.csv",                          "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/cohorts/{missing}/certificates",                      "L   403 403 403 403 403 403 404 403 403 403 403 403"),
        row("GET  /admin/cohorts/jobs/{missingJob}",                           "L   403 403 403 403 403 403 404 403 403 403 403 403"),
        row("GET  /admin/cohorts/jobs/{missingJob}/certificates.zip",          "L   403 403 403 403 403 403 404 403 403 403 403 403"),
        row("GET  /admin/cohorts/csv-template",                                "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /admin/competitions",                                        "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/competitions",                                        "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /admin/competitions/{published}",                            "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/competitions/{missing}/tasks/{missing}",              "L   403 403 403 403 403 403 404 403 403 403 403 403"),
        row("GET  /admin/competitions/{published}/report.pdf",                 "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /admin/competitions/{published}/certificates.zip",           "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/competitions/{published}/entries/{missing}/revisit?juror=juri1",
                                                                               "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /admin/late-jurors/{missing}",                               "L   403 403 403 403 403 403 404 403 403 403 403 403"),
        row("POST /admin/late-jurors/{missing}?action=CLOSE",                  "L   403 403 403 403 403 403 404 403 403 403 403 403"),
        row("GET  /admin/certificates",                                        "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /admin/certificates/{ownCert}",                              "L   403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /admin/certificates/{missingSerial}/revoke",                 "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("POST /admin/certificates/{missingSerial}/reissue",                "L   403 403 403 403 403 403 404 403 403 403 403 403"),
        // ---- the API: action plans and tasks
        row("GET  /api/me/tasks",                                              "401 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /api/action-plans/{own}",                                    "401 200 403 200 403 200 200 200 403 403 403 403 403"),
        row("GET  /api/action-plans/{own}/report.pdf",                         "401 200 403 200 403 200 200 200 403 403 403 403 403"),
        row("GET  /api/action-plans/{own}/audit.pdf",                          "401 200 403 200 403 200 200 200 403 403 403 403 403"),
        row("POST /api/tasks/{ujiTask}/proposal",                 PROPOSAL,    "401 403 403 403 403 403 403 403 403 403 403 403 409"),
        row("POST /api/tasks/{mentorScore}/review",               APPROVE,     "401 403 403 409 403 403 403 403 403 403 403 403 403"),
        row("POST /api/tasks/{ujiTask}/milestone-report?text=Laporan",         "401 403 403 403 403 403 403 403 403 403 403 403 400"),
        row("POST /api/tasks/{ujiTask}/evaluation?text=Evaluasi",              "401 403 403 403 403 403 403 403 403 403 403 403 409"),
        row("POST /api/tasks/{ujiTask}/final-report?text=Laporan",             "401 403 403 403 403 403 403 403 403 403 403 403 409"),
        row("POST /api/tasks/{mentorReview}/seminar-score",       SEMINAR_SCORE, "401 403 403 409 403 403 403 403 403 403 403 403 403"),
        row("POST /api/tasks/{adminTask}/certificate",                         "401 403 403 403 403 403 403 409 403 403 403 403 403"),
        row("POST /api/tasks/{mentorReview}/claim",                            "401 403 403 204 403 403 403 403 403 403 403 403 403"),
        row("GET  /api/documents/{ownDoc}",                                    "401 200 403 200 403 200 200 200 403 403 403 403 403"),
        row("GET  /api/certificates/{ownCert}/pdf",                            "401 200 403 200 403 200 200 200 403 403 403 403 403"),
        row("POST /api/certificates/{missingSerial}/revoke",                   "401 403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("POST /api/certificates/{missingSerial}/reissue",                  "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        // ---- the API: passwords; an empty body is refused after security, for everyone who may call
        row("POST /api/me/password",                              "{}",        "401 400 400 400 400 400 400 400 400 400 400 400 400"),
        row("POST /api/me/email",                "{\"email\":\"not-an-address\"}", "401 400 400 400 400 400 400 400 400 400 400 400 400"),
        row("POST /api/users/{missingUser}/password-reset",                    "401 403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("POST /api/users/{missingUser}/unlock",                            "401 403 403 403 403 403 403 ok  403 403 403 403 403"),
        // ---- the API: cohorts and bulk issuing
        row("GET  /api/cohorts",                                               "401 403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /api/cohorts",                                               "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        row("GET  /api/cohorts/{cohort}/participants",                         "401 403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /api/cohorts/{missing}/enrolments",                          "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        row("POST /api/cohorts/{missing}/enrolments/csv",                      "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        row("GET  /api/cohorts/{cohort}/recap.pdf",                            "401 403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /api/cohorts/{cohort}/recap.csv",                            "401 403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /api/cohorts/{missing}/certificates",                        "401 403 403 403 403 403 403 404 403 403 403 403 403"),
        row("GET  /api/bulk-issues/{missingJob}",                              "401 403 403 403 403 403 403 404 403 403 403 403 403"),
        row("GET  /api/bulk-issues/{missingJob}/certificates.zip",             "401 403 403 403 403 403 403 404 403 403 403 403 403"),
        // ---- the API: competitions
        row("GET  /api/competitions",                                          "401 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("POST /api/competitions",                                          "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        row("GET  /api/me/competition-tasks",                                  "401 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("POST /api/competitions/{missing}/entries",                        "401 403 403 403 403 403 403 403 400 400 403 403 403"),
        row("GET  /api/entries/{ownEntry}",                                    "401 403 403 403 403 403 403 200 200 403 200 200 403"),
        row("GET  /api/entries/{bappedaEntry}",                                "401 403 403 403 403 403 403 200 403 403 200 403 403"),
        row("POST /api/tasks/{adminTask}/desk-review",            ELIGIBLE,    "401 403 403 403 403 403 403 409 403 403 403 403 403"),
        row("POST /api/tasks/{adminTask}/scores",                 SCORES,      "401 403 403 403 403 403 403 409 403 403 403 403 403"),
        row("POST /api/tasks/{missing}/reassign?juror=juri2",                  "401 403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("POST /api/entries/{missing}/revisit?juror=juri1",                 "401 403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("POST /api/tasks/{adminTask}/late-juror",             CLOSE,       "401 403 403 403 403 403 403 409 403 403 403 403 403"),
        row("POST /api/competitions/{missing}/step",                           "401 403 403 403 403 403 403 404 403 403 403 403 403"),
        row("POST /api/competitions/{missing}/awards",            "{}",        "401 403 403 403 403 403 403 404 403 403 403 403 403"),
        row("GET  /api/competitions/{published}/report.pdf",                   "401 403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /api/certificates/{ownPiagam}/pdf",                          "401 403 403 403 403 403 403 200 200 403 403 403 403"),
        row("GET  /api/documents/{entryDoc}",                                  "401 403 403 403 403 403 403 200 200 403 200 200 403"),
        // ---- a round being scored, made here: juri1 scores {scoringEntry} (RSUD Bendan's); juri3 works in Bappeda,
        // so is no juror of {bappedaScoring}
        row("GET  /entries/{scoringEntry}",                                    "L   403 403 403 403 403 403 200 200 403 200 200 403"),
        row("GET  /api/entries/{bappedaScoring}",                              "401 403 403 403 403 403 403 200 403 403 200 403 403"),
        row("POST /api/tasks/{juri1Score}/scores",                ONE_SCORE,   "401 403 403 403 403 403 403 403 403 403 400 403 403"),
        row("POST /api/tasks/{juri1Score}/desk-review",           ELIGIBLE,    "401 403 403 403 403 403 403 403 403 403 409 403 403"),
        row("POST /api/tasks/{juri1Score}/claim",                              "401 403 403 403 403 403 403 403 403 403 204 403 403"),
        // ---- the API: the innovation registry; valid bodies aimed at a stale version (409) or missing a link's address
        row("GET  /api/innovations",                                           "401 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /api/innovations/{siapKawal}",                               "401 200 403 200 403 200 200 200 200 200 403 403 403"),
        row("POST /api/innovations",                                           "401 403 403 403 403 403 403 400 400 400 403 403 403"),
        row("POST /api/innovations/{ownInnovation}", STALE_INNOVATION,         "401 403 403 403 403 403 403 409 409 403 403 403 403"),
        row("POST /api/innovations/{ownInnovation}/status", STALE_STATUS,      "401 403 403 403 403 403 403 409 409 403 403 403 403"),
        row("POST /api/innovations/{ownInnovation}/evidence", LINK_WITHOUT_URL, "401 403 403 403 403 403 403 400 400 403 403 403 403"),
        // ---- the API: the yearly check; a year before 2000 (400), an answer "running" without evidence (400)
        row("GET  /api/innovations/checks",                                    "401 403 403 403 403 403 403 200 403 403 403 403 403"),
        row("POST /api/innovations/checks/rounds", YEAR_1999,                  "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        row("POST /api/innovations/{ownInnovation}/checks", YEAR_1999,         "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        row("GET  /api/innovations/{ownInnovation}/checks",                    "401 403 403 403 403 403 403 200 200 200 403 403 403"),
        row("POST /api/innovations/checks/tasks/{checkTask}", RUNNING_WITHOUT_EVIDENCE, "401 403 403 403 403 403 403 400 400 403 403 403 403"),
        row("GET  /api/public/innovations",                                   "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /api/innovations/{siapKawal}/handover",                      "401 200 403 200 403 200 200 200 200 200 403 403 403"),
        row("POST /api/innovations/{siapKawal}/handover", ROTATION,            "401 403 403 403 403 403 403 409 403 403 403 403 403"),
        row("GET  /api/me/handover-tasks",                                     "401 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("POST /api/handover-tasks/{mentorReview}/successor", "{}",         "401 403 403 409 403 403 403 403 403 403 403 403 403"),
        row("POST /api/handover-tasks/{mentorReview}/checklist", "{}",         "401 403 403 409 403 403 403 403 403 403 403 403 403"),
        row("POST /api/handover-tasks/{mentorReview}/acceptance", ACCEPT,      "401 403 403 409 403 403 403 403 403 403 403 403 403"),
        row("GET  /api/public/innovations/{siapKawal}",                       "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /api/public/innovations/{stopped}",                         "404 404 404 404 404 404 404 404 404 404 404 404 404"),
        // ---- the API: the dashboard and the index; a reversed window and an empty set of weights are refused (400)
        row("GET  /api/innovations/dashboard",                                 "401 403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /api/innovations/dashboard.csv",                             "401 403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /api/innovations/dashboard.xlsx",                            "401 403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /api/innovations/index?year=2025",                           "401 403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /api/innovations/index.csv?year=2025",                       "401 403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /api/innovations/index.xlsx?year=2025",                      "401 403 403 403 403 403 403 200 200 200 403 403 403"),
        row("GET  /api/innovations/index/weights",                             "401 403 403 403 403 403 403 200 200 200 403 403 403"),
        row("PUT  /api/innovations/index/2032/window",            REVERSED_WINDOW, "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        row("PUT  /api/innovations/index/weights",                "{}",        "401 403 403 403 403 403 403 400 403 403 403 403 403"),
        // ---- the public API
        row("GET  /api/public/competitions/{published}/results",               "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /api/public/competitions/{published}/results.csv",           "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /api/public/competitions/{open}/results",                    "404 404 404 404 404 404 404 404 404 404 404 404 404"),
        row("GET  /api/public/verify/{ownCert}",                               "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /api/public/verify/{missingSerial}",                         "404 404 404 404 404 404 404 404 404 404 404 404 404"),
        row("POST /api/public/verify",                                         "400 400 400 400 400 400 400 400 400 400 400 400 400"),
        // ---- not Kawal's own mappings: the engine's REST API, Camunda's webapps, the actuator (a few each); MockMvc
        // runs only the filters and Spring's DispatcherServlet, not the engine's Jersey servlet nor the webapps' own,
        // so what gets through security ends in a 404 here: "ok" says that security let it through
        row("GET  /engine-rest/process-definition",                            "401 403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /engine-rest/task",                                          "401 403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("POST /engine-rest/task/{missing}/complete",          "{}",        "401 403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /camunda/app/cockpit/default/",                              "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /camunda/app/admin/default/",                                "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /camunda/api/engine/engine/",                                "L   403 403 403 403 403 403 ok  403 403 403 403 403"),
        row("GET  /actuator/health",                                           "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /actuator/health/readiness",                                 "200 200 200 200 200 200 200 200 200 200 200 200 200"),
        row("GET  /actuator/info",                                             "401 403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /actuator/metrics",                                          "401 403 403 403 403 403 403 200 403 403 403 403 403"),
        row("GET  /actuator/prometheus",                                       "401 403 403 403 403 403 403 200 403 403 403 403 403"));
    }

    /** Paths that are not Kawal's own request mappings: they get a few representative rows, not one per endpoint. */
    static final List<String> NOT_KAWALS = List.of("/engine-rest/", "/camunda/", "/actuator/");

    @Autowired MockMvc mvc;
    @Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;
    @Autowired ActionPlanRepository planRepository;
    @Autowired CohortRepository cohorts;
    @Autowired CertificateService certificates;
    @Autowired DocumentService documents;
    @Autowired CompetitionService competitions;
    @Autowired Rounds competitionRounds;
    @Autowired EntryRepository entries;
    @Autowired UserAccountService accounts;
    @Autowired ActionPlanWorkflow workflow;
    @Autowired Plans plans;
    @Autowired EntryService entryService;
    @Autowired ManagementService management;
    @Autowired TaskService tasks;
    @Autowired InnovationRegistry registry;

    /** Placeholder to value, from the demo data and the cases made here. */
    private final Map<String, String> values = new HashMap<>();
    /** Column name to username, and username to password. */
    private final Map<String, String> usernames = new HashMap<>();
    private final Map<String, String> passwords = new HashMap<>();

    @BeforeAll
    void demoDataAndCasesOfOurOwn() {
        ActionPlan own = planRepository.findByParticipantOrderByIdDesc("peserta1").get(0);
        values.put("own", own.getId().toString());
        values.put("cohort", cohorts.findByCode("PKA-I-2025").orElseThrow().getId().toString());
        values.put("ownCert", certificates.ofHolder("peserta1").get(0).getSerial());
        values.put("ownDoc", documents.ofActionPlan(own.getId()).get(0).getId().toString());
        values.put("missing", "987654321");
        values.put("missingUser", "tidak.ada");
        values.put("missingJob", "no-such-job");
        values.put("missingSerial", "AAAA-BBBB-CCCC-DDDD-EEEE");

        // the demo's two rounds, by name: other test classes add competitions of their own to the shared context
        Competition published = competitions.all().stream().filter(c -> c.getName().equals("Layanan Inovasi Daerah 2023"))
                .findFirst().orElseThrow();
        Competition open = competitions.all().stream().filter(c -> c.getName().startsWith("Kompetisi Inovasi Pelayanan Publik"))
                .findFirst().orElseThrow();
        values.put("published", published.getId().toString());
        values.put("open", open.getId().toString());
        List<Entry> round = entries.findByCompetitionIdOrderBySubmittedAtAscIdAsc(published.getId());
        Entry jempol = round.stream().filter(e -> e.getInnovationTitle().startsWith("JEMPOL")).findFirst().orElseThrow();
        Entry seksama = round.stream().filter(e -> e.getInnovationTitle().startsWith("SEKSAMA")).findFirst().orElseThrow();
        values.put("ownEntry", jempol.getId().toString());
        values.put("bappedaEntry", seksama.getId().toString());
        values.put("entryDoc", documents.ofEntry(jempol.getId()).get(0).getId().toString());
        values.put("ownPiagam", certificates.forSubject(ResultsService.PIAGAM, DocumentOwner.COMPETITION_ENTRY.name(), jempol.getId())
                .orElseThrow().getSerial());
        values.put("scores", competitions.get(published.getId()).getCriteria().stream()
                .map(c -> "score_" + c.getId() + "=80").collect(Collectors.joining("&")));

        values.put("ownInnovation", registry.ofEntry(jempol.getId()).orElseThrow().toString());
        values.put("checkTask", tasks.createTaskQuery().processDefinitionKey(InnovationCheckProcess.CHECK_PROCESS_ID)
                .processInstanceBusinessKey(InnovationCheckProcess.businessKey(registry.ofEntry(jempol.getId()).orElseThrow(),
                        LocalDate.now(ClockConfig.ZONE).getYear())).singleResult().getId());
        values.put("siapKawal", registry.ofActionPlan(own.getId()).orElseThrow().getId().toString());
        values.put("stopped", registry.page(new InnovationFilter("Bappeda", InnovationStatus.TERHENTI, null, null, "sipandu",
                null, null), 0, 1).getContent().get(0).getId().toString());

        scoringRound();

        // cases of our own, so that the demo's tasks stay as they are for the other tests
        ActionPlan trial = plans.enrol();
        plans.toTrial(trial, 2);
        values.put("ujiTask", plans.task(trial, REPORT_MILESTONE));
        ActionPlan proposal = plans.enrol();
        plans.submitProposal(proposal, 1);
        values.put("mentorReview", plans.task(proposal, REVIEW_PROPOSAL_MENTOR));
        ActionPlan seminar = plans.enrol();
        plans.toSeminar(seminar);
        values.put("mentorScore", plans.task(seminar, SCORE_SEMINAR_MENTOR));
        ActionPlan graduating = plans.enrol();
        plans.toSeminar(graduating);
        plans.score(graduating, "90", "90", "90");
        String adminTask = plans.task(graduating, ISSUE_CERTIFICATE);
        workflow.claim(adminTask, plans.newUser("admin", Role.ADMIN));
        values.put("adminTask", adminTask);

        for (String who : WHO) {
            usernames.put(who, who);
            passwords.put(who, "demo");
        }
        usernames.put("mentor2", plans.newUser("mentor", Role.MENTOR));
        usernames.put("uji", trial.getParticipant());
        passwords.put(usernames.get("mentor2"), "rahasia-123");
        passwords.put(usernames.get("uji"), "rahasia-123");
    }

    /** A round of our own in scoring: an entry of RSUD Bendan (opd1) and one of Bappeda (opd2), both eligible. */
    private void scoringRound() {
        Competition round = competitionRounds.open(Rounds.form("Kompetisi matriks", List.of("juri1", "juri2", "juri3")));
        Entry rsud = entryService.submit(round.getId(), "opd1", new EntryForm("Inovasi matriks RSUD", "x", LocalDate.of(2021, 1, 1)),
                Map.of("Proposal", List.of(Plans.pdf("p.pdf"))));
        Entry bappeda = entryService.submit(round.getId(), "opd2", new EntryForm("Inovasi matriks Bappeda", "x",
                LocalDate.of(2021, 1, 1)), Map.of("Proposal", List.of(Plans.pdf("p.pdf"))));
        competitionRounds.fire(round, SUBMISSION_CLOSES);
        for (Entry entry : List.of(rsud, bappeda)) {
            entryService.deskReview(openTask(entry.getProcessInstanceId(), DESK_REVIEW, null), "admin",
                    new DeskReviewForm(CompetitionProcess.ELIGIBLE, null));
        }
        competitions.finishDeskReview(openTask(round.getProcessInstanceId(), FINISH_DESK_REVIEW, null), "admin");
        values.put("scoringEntry", rsud.getId().toString());
        values.put("bappedaScoring", bappeda.getId().toString());
        values.put("juri1Score", openTask(rsud.getProcessInstanceId(), SCORE_ENTRY, "juri1"));
        values.put("scoringCriterion", competitions.get(round.getId()).getCriteria().get(0).getId().toString());
    }

    private String openTask(String processInstanceId, String key, String assignee) {
        var query = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key);
        return (assignee == null ? query : query.taskAssignee(assignee)).list().get(0).getId();
    }

    static Stream<Arguments> cells() {
        return matrix().stream().flatMap(row -> IntStream.range(0, WHO.size())
                .mapToObj(i -> Arguments.of(WHO.get(i), row, row.cells().get(i))));
    }

    @ParameterizedTest(name = "[{0}] {1} -> {2}")
    @MethodSource("cells")
    void everybodyGetsWhatTheMatrixSays(String who, Row row, Expected expected) throws Exception {
        MockHttpServletResponse response = mvc.perform(request(who, row)).andReturn().getResponse();
        String location = response.getRedirectedUrl();
        boolean toLogin = response.getStatus() == 302 && location != null && location.endsWith("/login");
        String got = response.getStatus() + (location == null ? "" : " to " + location) + ": "
                + abbreviate(response.getContentAsString());
        switch (expected.kind()) {
            case ALLOWED -> assertThat(response.getStatus() != 401 && response.getStatus() != 403 && !toLogin)
                    .as("%s %s should be allowed for %s, got %s", row.method(), row.path(), who, got).isTrue();
            case LOGIN -> assertThat(toLogin).as("%s %s should send %s to the login page, got %s", row.method(),
                    row.path(), who, got).isTrue();
            case STATUS -> assertThat(response.getStatus()).as("%s %s for %s, got %s", row.method(), row.path(), who, got)
                    .isEqualTo(expected.status());
        }
    }

    @Test
    void everyEndpointOfKawalHasARow() {
        Set<String> covered = matrix().stream().map(this::endpointOf).filter(e -> e != null).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(endpoints().keySet());
        missing.removeAll(covered);
        assertThat(missing).as("endpoints with no row in the authorisation matrix: add one for each").isEmpty();
    }

    @Test
    void everyRowNamesAnEndpointThatExists() {
        List<String> stale = matrix().stream().filter(row -> NOT_KAWALS.stream().noneMatch(row.path()::startsWith))
                .filter(row -> endpointOf(row) == null).map(Row::toString).toList();
        assertThat(stale).as("rows of the matrix that no request mapping of Kawal answers any more").isEmpty();
    }

    // ---- the request of one cell

    private MockHttpServletRequestBuilder request(String who, Row row) {
        String[] pathAndQuery = resolve(row.path()).split("\\?", 2);
        String path = pathAndQuery[0];
        Map<String, String> params = new LinkedHashMap<>();
        if (pathAndQuery.length > 1) {
            for (String pair : pathAndQuery[1].split("&")) {
                String[] kv = pair.split("=", 2);
                params.put(kv[0], kv.length > 1 ? kv[1] : "");
            }
        }
        boolean api = row.isApi();
        MockHttpServletRequestBuilder request;
        if (row.method().equals("GET")) {
            request = get(path);
        } else if (row.method().equals("PUT")) {
            request = put(path).contentType(MediaType.APPLICATION_JSON).content(row.body() == null ? "{}" : resolve(row.body()));
        } else if (isMultipart(row)) {
            var upload = multipart(path);
            if (row.body() != null) {
                upload.file(new MockMultipartFile("file", "data.csv", "text/csv", row.body().getBytes()));
            }
            request = upload;
        } else if (api) {
            request = post(path).contentType(MediaType.APPLICATION_JSON).content(row.body() == null ? "{}" : resolve(row.body()));
        } else {
            request = post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED);
        }
        params.forEach(request::param);
        if (!row.method().equals("GET") && !api) {
            request.with(csrf());
        }
        if (!who.equals("anon")) {
            String username = usernames.get(who);
            if (api) {
                request.with(httpBasic(username, passwords.get(username)));
            } else {
                request.with(user(username).roles(accounts.rolesOf(username).stream().map(Role::name).toArray(String[]::new)));
            }
        }
        return request;
    }

    private String resolve(String path) {
        Matcher m = Pattern.compile("\\{(\\w+)}").matcher(path);
        StringBuilder resolved = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            assertThat(value).as("placeholder {%s}", m.group(1)).isNotNull();
            m.appendReplacement(resolved, Matcher.quoteReplacement(value));
        }
        return m.appendTail(resolved).toString();
    }

    private boolean isMultipart(Row row) {
        HandlerMethod handler = handlerOf(row);
        if (handler == null) {
            return false;
        }
        return Arrays.stream(handler.getMethodParameters()).map(ResolvableType::forMethodParameter)
                .anyMatch(t -> t.toClass() == MultipartFile.class || t.toClass() == MultipartHttpServletRequest.class
                        || t.resolveGeneric(0) == MultipartFile.class);
    }

    // ---- Kawal's endpoints, from its request mappings

    /** "METHOD pattern" of every endpoint of Kawal's own controllers, with its handler. */
    private Map<String, HandlerMethod> endpoints() {
        Map<String, HandlerMethod> endpoints = new HashMap<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            if (!mapping.getValue().getBeanType().getPackageName().startsWith("id.kawal")) {
                continue;
            }
            for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
                for (String pattern : mapping.getKey().getPatternValues()) {
                    endpoints.put(method.name() + " " + pattern, mapping.getValue());
                }
            }
        }
        return endpoints;
    }

    /** The endpoint a row's request goes to, the most specific pattern that matches: "METHOD pattern", or null. */
    private String endpointOf(Row row) {
        PathContainer path = PathContainer.parsePath(row.path().split("\\?", 2)[0].replaceAll("\\{\\w+}", "x1"));
        return endpoints().keySet().stream().filter(e -> e.startsWith(row.method() + " "))
                .map(e -> PathPatternParser.defaultInstance.parse(e.substring(e.indexOf(' ') + 1)))
                .filter(p -> p.matches(path)).min(PathPattern.SPECIFICITY_COMPARATOR)
                .map(p -> row.method() + " " + p.getPatternString()).orElse(null);
    }

    private HandlerMethod handlerOf(Row row) {
        String endpoint = endpointOf(row);
        return endpoint == null ? null : endpoints().get(endpoint);
    }

    private static String abbreviate(String body) {
        String flat = body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "…" : flat;
    }

    // ---- rows and cells

    static Row row(String endpoint, String cells) {
        return row(endpoint, null, cells);
    }

    static Row row(String endpoint, String body, String cells) {
        String[] parts = endpoint.trim().split("\\s+", 2);
        List<Expected> expected = Arrays.stream(cells.trim().split("\\s+")).map(Expected::parse).toList();
        if (expected.size() != WHO.size()) {
            throw new IllegalArgumentException(endpoint + ": " + expected.size() + " cells for " + WHO.size() + " columns");
        }
        return new Row(parts[0], parts[1], body, expected);
    }

    record Row(String method, String path, String body, List<Expected> cells) {

        boolean isApi() {
            return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    enum Kind { ALLOWED, LOGIN, STATUS }

    record Expected(Kind kind, int status) {

        static Expected parse(String cell) {
            return switch (cell) {
                case "ok" -> new Expected(Kind.ALLOWED, 0);
                case "L" -> new Expected(Kind.LOGIN, 302);
                default -> new Expected(Kind.STATUS, Integer.parseInt(cell));
            };
        }

        @Override
        public String toString() {
            return switch (kind) {
                case ALLOWED -> "allowed";
                case LOGIN -> "302 /login";
                case STATUS -> String.valueOf(status);
            };
        }
    }
}
