package id.kawal.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** What is queued for e-mail, and what is said at start-up, with mail on and off. */
class MailOutboxTest {

    private static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");

    private final MailOutboxRepository repository = mock(MailOutboxRepository.class);
    private final IdentityService identities = mock(IdentityService.class, RETURNS_DEEP_STUBS);
    private final Logger logger = (Logger) LoggerFactory.getLogger(MailOutbox.class);
    private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.INFO);
        logged.start();
        logger.addAppender(logged);
    }

    @AfterEach
    void stopListening() {
        logger.detachAppender(logged);
        logger.setLevel(levelBefore);
    }

    private MailOutbox outbox(boolean mailOn) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        if (mailOn) {
            beans.addBean("mailSender", new JavaMailSenderImpl());
        }
        MockEnvironment environment = new MockEnvironment().withProperty("spring.mail.host", "smtp.pemda.local");
        return new MailOutbox(repository, identities, beans.getBeanProvider(JavaMailSender.class), environment,
                Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Notification notificationFor(String recipient) {
        return new Notification(recipient, "notify.reviewLate", "Budi", "5", "/plans/1", NOW);
    }

    private void hasAddress(String username, String address) {
        User user = mock(User.class);
        when(user.getEmail()).thenReturn(address);
        when(identities.createUserQuery().userId(username).singleResult()).thenReturn(user);
    }

    @Test
    void withoutAnSmtpServerNothingIsQueuedAndStartUpSaysMailIsOff() {
        MailOutbox outbox = outbox(false);

        outbox.enqueue(notificationFor("mentor"));
        outbox.sayWhetherMailIsOn();

        assertThat(outbox.isOn()).isFalse();
        verifyNoInteractions(repository, identities);
        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .startsWith("E-mail is off (spring.mail.host is not set)");
    }

    @Test
    void withAnSmtpServerTheRecipientsAddressIsQueuedAndStartUpNamesTheServer() {
        hasAddress("mentor", " mentor@pekalongankota.go.id ");
        MailOutbox outbox = outbox(true);

        outbox.enqueue(notificationFor("mentor"));
        outbox.sayWhetherMailIsOn();

        ArgumentCaptor<MailOutboxEntry> queued = ArgumentCaptor.forClass(MailOutboxEntry.class);
        verify(repository).save(queued.capture());
        assertThat(queued.getValue().getAddress()).isEqualTo("mentor@pekalongankota.go.id");
        assertThat(queued.getValue().getStatus()).isEqualTo(MailOutboxEntry.Status.PENDING);
        assertThat(queued.getValue().getDueAt()).isEqualTo(NOW);
        assertThat(logged.list).singleElement().extracting(ILoggingEvent::getFormattedMessage).asString()
                .isEqualTo("E-mail is on: notifications are also sent through smtp.pemda.local:25");
    }

    @Test
    void aUserWithoutAnAddressOrWithoutAnAccountIsNotQueued() {
        hasAddress("mentor", null);
        hasAddress("coach", "  ");
        when(identities.createUserQuery().userId("gone").singleResult()).thenReturn(null);
        MailOutbox outbox = outbox(true);

        outbox.enqueue(notificationFor("mentor"));
        outbox.enqueue(notificationFor("coach"));
        outbox.enqueue(notificationFor("gone"));

        verify(repository, never()).save(any());
    }

    @Test
    void aFailedAttemptIsTriedAgainAfterOneTwoFourMinutesThenGivenUp() {
        MailOutboxEntry entry = new MailOutboxEntry(1L, "mentor@pekalongankota.go.id", NOW);

        assertThat(entry.failed("down", NOW, 4)).isFalse();
        assertThat(entry.getDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(entry.failed("down", NOW, 4)).isFalse();
        assertThat(entry.getDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(2)));
        assertThat(entry.failed("down", NOW, 4)).isFalse();
        assertThat(entry.getDueAt()).isEqualTo(NOW.plus(Duration.ofMinutes(4)));
        assertThat(entry.failed("still down", NOW, 4)).isTrue();

        assertThat(entry.getStatus()).isEqualTo(MailOutboxEntry.Status.FAILED);
        assertThat(entry.getAttempts()).isEqualTo(4);
        assertThat(entry.getLastError()).isEqualTo("still down");
    }
}
