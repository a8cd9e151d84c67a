package id.kawal.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link MailOutboxSender} on its timer; only when mail is on ({@code spring.mail.host} set). */
@Configuration
@EnableScheduling
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class MailScheduling {
}
