package id.kawal.notification;

import id.kawal.system.KawalProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the queued e-mails of notifications, every {@code kawal.mail.send-every} on each node. Each row is claimed with
 * a conditional update before it is sent (only one node wins it), sent outside any transaction, then marked sent; a
 * failure (mail server down, address refused) is tried again after 1, 2, 4 ... minutes and given up, with a warning in
 * the log, after {@code kawal.mail.max-attempts}. Exists only when an SMTP server is set ({@code spring.mail.host}).
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class MailOutboxSender {

    private static final Logger log = LoggerFactory.getLogger(MailOutboxSender.class);

    /** How long a node holds a claimed row while sending it; another node may try it once this has passed. */
    static final Duration LEASE = Duration.ofMinutes(5);

    private static final int BATCH = 50;

    private final MailOutboxRepository outbox;
    private final NotificationRepository notifications;
    private final NotificationMail mail;
    private final JavaMailSender sender;
    private final TransactionTemplate transaction;
    private final int maxAttempts;
    private final Clock clock;

    MailOutboxSender(MailOutboxRepository outbox, NotificationRepository notifications, NotificationMail mail,
            JavaMailSender sender, TransactionTemplate transaction, KawalProperties properties, Clock clock) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.mail = mail;
        this.sender = sender;
        this.transaction = transaction;
        this.maxAttempts = Math.max(1, properties.mail().maxAttempts());
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${kawal.mail.send-every:30s}", initialDelayString = "${kawal.mail.send-every:30s}")
    public void sendDue() {
        sendDue(clock.instant());
    }

    /** @return how many e-mails went out */
    int sendDue(Instant now) {
        int sent = 0;
        for (Long id : outbox.findDueIds(now, PageRequest.of(0, BATCH))) {
            if (claim(id, now) && send(id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean claim(Long id, Instant now) {
        Integer claimed = transaction.execute(status -> outbox.claim(id, now, now.plus(LEASE)));
        return claimed != null && claimed == 1;
    }

    private boolean send(Long id) {
        MailOutboxEntry entry = outbox.findById(id).orElseThrow();
        Notification notification = notifications.findById(entry.getNotificationId()).orElseThrow();
        try {
            sender.send(mail.compose(sender, notification, entry.getAddress()));
        } catch (Exception e) {
            fail(id, e);
            return false;
        }
        transaction.executeWithoutResult(status -> outbox.findById(id).orElseThrow().sent(clock.instant()));
        return true;
    }

    private void fail(Long id, Exception e) {
        transaction.executeWithoutResult(status -> {
            MailOutboxEntry entry = outbox.findById(id).orElseThrow();
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            if (entry.failed(error, clock.instant(), maxAttempts)) {
                log.warn("E-mail {} of notification {} to {} given up after {} attempts: {}", id,
                        entry.getNotificationId(), entry.getAddress(), entry.getAttempts(), error);
            } else {
                log.info("E-mail {} to {} not sent (attempt {}), tried again at {}: {}", id, entry.getAddress(),
                        entry.getAttempts(), entry.getDueAt(), error);
            }
        });
    }
}
