package id.kawal.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Leaves messages for users. (Mail or WhatsApp delivery can hang off this one place later.) */
@Service
public class NotificationService {

    private final NotificationRepository notifications;
    private final Clock clock;

    public NotificationService(NotificationRepository notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @Transactional
    public void notify(Collection<String> recipients, String code, String arg1, String arg2, String link) {
        recipients.stream().distinct().forEach(r ->
                notifications.save(new Notification(r, code, arg1, arg2, link, clock.instant())));
    }

    public List<Notification> latestFor(String recipient) {
        return notifications.findTop20ByRecipientOrderByCreatedAtDescIdDesc(recipient);
    }
}
