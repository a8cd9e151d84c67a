package id.kawal.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * One notification still to be sent, or already sent, by e-mail. Written with the notification, in the caller's
 * transaction; sent after it commits by {@link MailOutboxSender}.
 */
@Entity
@Table(name = "mail_outbox")
public class MailOutboxEntry {

    public enum Status {
        PENDING, SENT, FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long notificationId;

    @Column(nullable = false, length = 320)
    private String address;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    /** When the row may next be tried; moved ahead while a node sends it (its lease) and after a failed attempt. */
    @Column(nullable = false)
    private Instant dueAt;

    @Column(length = 1000)
    private String lastError;

    @Column(nullable = false)
    private Instant createdAt;

    private Instant sentAt;

    protected MailOutboxEntry() {
    }

    MailOutboxEntry(Long notificationId, String address, Instant now) {
        this.notificationId = notificationId;
        this.address = address;
        this.status = Status.PENDING;
        this.dueAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = Status.SENT;
        sentAt = now;
        attempts++;
        lastError = null;
    }

    /**
     * A failed attempt: tried again after 1, 2, 4 ... minutes, or given up (FAILED) once {@code maxAttempts} have failed.
     *
     * @return whether it was given up
     */
    boolean failed(String error, Instant now, int maxAttempts) {
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        if (attempts >= maxAttempts) {
            status = Status.FAILED;
            return true;
        }
        dueAt = now.plus(Duration.ofMinutes(1L << Math.min(attempts - 1, 20)));
        return false;
    }

    public Long getId() {
        return id;
    }

    public Long getNotificationId() {
        return notificationId;
    }

    public String getAddress() {
        return address;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getDueAt() {
        return dueAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
