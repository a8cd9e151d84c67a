package id.kawal.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leaves messages for users, on their home page and, when mail is on and they have an e-mail address, by e-mail too
 * (queued in the same transaction, sent once it commits: {@link MailOutbox}, {@link MailOutboxSender}).
 */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final MailOutbox mail;
    private final Clock clock;

    NotificationService(NotificationRepository notifications, MailOutbox mail, Clock clock) {
        this.notifications = notifications;
        this.mail = mail;
        this.clock = clock;
    }

    @Transactional
    public void notify(Collection<String> recipients, String code, String arg1, String arg2, String link) {
        recipients.stream().distinct().forEach(r ->
                mail.enqueue(notifications.save(new Notification(r, code, arg1, arg2, link, clock.instant()))));
    }

    public List<Notification> latestFor(String recipient) {
        return notifications.findTop20ByRecipientOrderByCreatedAtDescIdDesc(recipient);
    }
}
