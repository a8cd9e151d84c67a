package id.kawal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message to one user, shown on their home page: a reminder, an escalation, a decision. Kept as
 * an i18n code with its arguments, so each reader sees it in their own language.
 */
@Entity
@Table(name = "notification")
public class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String recipient;

    @Column(nullable = false, length = 100)
    private String code;

    @Column(length = 500)
    private String arg1;

    @Column(length = 500)
    private String arg2;

    @Column(length = 300)
    private String link;

    @Column(nullable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(String recipient, String code, String arg1, String arg2, String link, Instant createdAt) {
        this.recipient = recipient;
        this.code = code;
        this.arg1 = arg1;
        this.arg2 = arg2;
        this.link = link;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getCode() {
        return code;
    }

    public Object[] getArgs() {
        return new Object[] {arg1, arg2};
    }

    public String getLink() {
        return link;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
