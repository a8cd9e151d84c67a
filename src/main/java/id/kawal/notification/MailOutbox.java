package id.kawal.notification;

import java.time.Clock;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Queues the e-mail of a notification, in the caller's transaction: it goes out only if that transaction commits, and
 * is retried by {@link MailOutboxSender} while the mail server is down. Without an SMTP server ({@code spring.mail.host}
 * unset) mail is off and nothing is queued; a user without an e-mail address in the engine's identity store gets only
 * the notification on their home page.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    private final MailOutboxRepository outbox;
    private final IdentityService identities;
    private final boolean on;
    private final Environment environment;
    private final Clock clock;

    MailOutbox(MailOutboxRepository outbox, IdentityService identities, ObjectProvider<JavaMailSender> mailSender,
            Environment environment, Clock clock) {
        this.outbox = outbox;
        this.identities = identities;
        this.on = mailSender.getIfAvailable() != null;
        this.environment = environment;
        this.clock = clock;
    }

    boolean isOn() {
        return on;
    }

    void enqueue(Notification notification) {
        if (on) {
            addressOf(notification.getRecipient()).ifPresent(address ->
                    outbox.save(new MailOutboxEntry(notification.getId(), address, clock.instant())));
        }
    }

    private Optional<String> addressOf(String username) {
        User user = identities.createUserQuery().userId(username).singleResult();
        return Optional.ofNullable(user).map(User::getEmail).map(String::strip).filter(a -> a.contains("@"));
    }

    @EventListener(ApplicationReadyEvent.class)
    void sayWhetherMailIsOn() {
        if (on) {
            log.info("E-mail is on: notifications are also sent through {}:{}",
                    environment.getProperty("spring.mail.host"), environment.getProperty("spring.mail.port", "25"));
        } else {
            log.info("E-mail is off (spring.mail.host is not set): notifications are shown on the home page only");
        }
    }
}
