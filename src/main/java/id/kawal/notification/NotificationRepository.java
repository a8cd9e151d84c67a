package id.kawal.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

    List<Notification> findTop20ByRecipientOrderByCreatedAtDescIdDesc(String recipient);

    long countByRecipientAndCode(String recipient, String code);
}
