package id.kawal.notification;

import static id.kawal.actionplan.ActionPlanProcess.REVIEW_PROPOSAL_MENTOR;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanFollowUp;
import id.kawal.actionplan.ActionPlanProcess;
import id.kawal.identity.Role;
import id.kawal.support.Plans;
import id.kawal.support.PlansConfig;
import id.kawal.system.KawalProperties;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications by e-mail through a real SMTP server in the test JVM (GreenMail): queued with the notification, sent
 * after the commit in Indonesian with the absolute link, kept and retried while the server is down, never for a
 * rolled-back step nor to a user without an address. The sender's own timer is pushed out of the way (an hour); the
 * tests call it themselves.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:kawal-mail;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false",
        "spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000",
        "spring.mail.properties.mail.smtp.timeout=2000",
        "kawal.mail.send-every=1h",
        "kawal.mail.max-attempts=3",
        "kawal.base-url=https://kawal.pekalongankota.go.id/"})
@ActiveProfiles("demo")
@Import(PlansConfig.class)
class NotificationMailIntegrationTest {

    private static final int SMTP_PORT = freePort();

    @Autowired Plans plans;
    @Autowired ManagementService management;
    @Autowired IdentityService identities;
    @Autowired NotificationRepository notifications;
    @Autowired MailOutboxRepository outbox;
    @Autowired MailOutboxSender sender;
    @Autowired ActionPlanFollowUp followUp;
    @Autowired TransactionTemplate transaction;
    @Autowired KawalProperties properties;

    private GreenMail smtp;

    @DynamicPropertySource
    static void smtpPort(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeEach
    void startMailServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void aLateReviewReminderIsEmailedInIndonesianWithTheAbsoluteLinkOnceItsTransactionHasCommitted() throws Exception {
        String mentor = mentorWithAddress("mentor.surel@pekalongankota.go.id");
        ActionPlan plan = plans.enrol(mentor);
        plans.submitProposal(plan, 1);

        management.executeJob(lateReviewTimer(plan).getId());

        Notification reminder = onlyNotification(mentor, "notify.reviewLate");
        assertThat(outbox.findByNotificationId(reminder.getId())).singleElement()
                .satisfies(row -> assertThat(row.getStatus()).isEqualTo(MailOutboxEntry.Status.PENDING));
        assertThat(smtp.getReceivedMessages()).as("nothing is sent inside the step's transaction").isEmpty();

        assertThat(sender.sendDue(Instant.now())).isEqualTo(1);

        MimeMessage mail = onlyMailTo("mentor.surel@pekalongankota.go.id");
        assertThat(mail.getSubject()).startsWith("[Kawal] Aksi Perubahan ")
                .endsWith(" sudah " + properties.actionPlan().reviewDays() + " hari menunggu tinjauan Anda.");
        String body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("Yth. Pengguna Uji " + mentor)
                .contains("Silakan buka: https://kawal.pekalongankota.go.id/plans/" + plan.getId());
        assertThat(outbox.findByNotificationId(reminder.getId())).singleElement().satisfies(row -> {
            assertThat(row.getStatus()).isEqualTo(MailOutboxEntry.Status.SENT);
            assertThat(row.getSentAt()).isNotNull();
        });
        assertThat(sender.sendDue(Instant.now().plus(Duration.ofDays(1)))).as("sent once").isZero();
    }

    @Test
    void whileTheMailServerIsDownTheNotificationAndItsEmailAreKeptAndTheEmailGoesOutOnceTheServerIsBack() throws Exception {
        String mentor = mentorWithAddress("mentor.tunda@pekalongankota.go.id");
        ActionPlan plan = plans.enrol(mentor);
        plans.submitProposal(plan, 1);
        smtp.stop();

        management.executeJob(lateReviewTimer(plan).getId());
        Notification reminder = onlyNotification(mentor, "notify.reviewLate");
        Instant firstTry = Instant.now();
        assertThat(sender.sendDue(firstTry)).isZero();

        MailOutboxEntry waiting = outbox.findByNotificationId(reminder.getId()).get(0);
        assertThat(waiting.getStatus()).isEqualTo(MailOutboxEntry.Status.PENDING);
        assertThat(waiting.getAttempts()).isEqualTo(1);
        assertThat(waiting.getLastError()).isNotBlank();
        assertThat(waiting.getDueAt()).as("tried again a minute later").isAfter(firstTry.plusSeconds(50));
        assertThat(notifications.countByRecipientAndCode(mentor, "notify.reviewLate")).isEqualTo(1);

        startMailServer();
        assertThat(sender.sendDue(Instant.now())).as("not before its next attempt is due").isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();

        assertThat(sender.sendDue(Instant.now().plus(Duration.ofMinutes(2)))).isEqualTo(1);
        assertThat(onlyMailTo("mentor.tunda@pekalongankota.go.id").getSubject()).contains("menunggu tinjauan Anda");
        MailOutboxEntry sent = outbox.findById(waiting.getId()).orElseThrow();
        assertThat(sent.getStatus()).isEqualTo(MailOutboxEntry.Status.SENT);
        assertThat(sent.getAttempts()).isEqualTo(2);
    }

    @Test
    void anEmailThatKeepsFailingIsGivenUpAfterTheLastAttempt() {
        String mentor = mentorWithAddress("mentor.gagal@pekalongankota.go.id");
        ActionPlan plan = plans.enrol(mentor);
        plans.submitProposal(plan, 1);
        smtp.stop();
        management.executeJob(lateReviewTimer(plan).getId());
        Long rowId = outbox.findByNotificationId(onlyNotification(mentor, "notify.reviewLate").getId()).get(0).getId();

        for (int attempt = 1; attempt <= 3; attempt++) {
            sender.sendDue(outbox.findById(rowId).orElseThrow().getDueAt().plusSeconds(1));
        }

        MailOutboxEntry givenUp = outbox.findById(rowId).orElseThrow();
        assertThat(givenUp.getStatus()).isEqualTo(MailOutboxEntry.Status.FAILED);
        assertThat(givenUp.getAttempts()).isEqualTo(3);
        startMailServer();
        assertThat(sender.sendDue(Instant.now().plus(Duration.ofDays(1)))).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void aRolledBackStepSendsNothing() {
        String mentor = mentorWithAddress("mentor.batal@pekalongankota.go.id");
        ActionPlan plan = plans.enrol(mentor);

        transaction.executeWithoutResult(status -> {
            followUp.remindLateReview(plan.getId(), REVIEW_PROPOSAL_MENTOR, mentor, null);
            status.setRollbackOnly();
        });

        assertThat(notifications.countByRecipientAndCode(mentor, "notify.reviewLate")).isZero();
        assertThat(outbox.findAll()).noneMatch(row -> row.getAddress().equals("mentor.batal@pekalongankota.go.id"));
        sender.sendDue(Instant.now().plus(Duration.ofDays(1)));
        assertThat(mailsTo("mentor.batal@pekalongankota.go.id")).isEmpty();
    }

    @Test
    void aUserWithoutAnAddressGetsOnlyTheNotificationOnTheHomePage() {
        String mentor = plans.newUser("mentor", Role.MENTOR);
        ActionPlan plan = plans.enrol(mentor);
        plans.submitProposal(plan, 1);

        management.executeJob(lateReviewTimer(plan).getId());

        Notification reminder = onlyNotification(mentor, "notify.reviewLate");
        assertThat(outbox.findByNotificationId(reminder.getId())).isEmpty();
        sender.sendDue(Instant.now().plus(Duration.ofDays(1)));
        assertThat(smtp.getReceivedMessages()).allSatisfy(mail ->
                assertThat(mail.getAllRecipients()[0].toString()).doesNotContain(mentor));
    }

    private String mentorWithAddress(String address) {
        String mentor = plans.newUser("mentor", Role.MENTOR);
        User user = identities.createUserQuery().userId(mentor).singleResult();
        user.setEmail(address);
        identities.saveUser(user);
        return mentor;
    }

    private Notification onlyNotification(String recipient, String code) {
        List<Notification> found = notifications.findTop20ByRecipientOrderByCreatedAtDescIdDesc(recipient).stream()
                .filter(n -> n.getCode().equals(code)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
            try {
                return Arrays.stream(mail.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private MimeMessage onlyMailTo(String address) {
        List<MimeMessage> mails = mailsTo(address);
        assertThat(mails).hasSize(1);
        return mails.get(0);
    }

    private Job lateReviewTimer(ActionPlan plan) {
        return management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).timers()
                .activityId(ActionPlanProcess.lateReviewReminderOf(REVIEW_PROPOSAL_MENTOR)).singleResult();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
