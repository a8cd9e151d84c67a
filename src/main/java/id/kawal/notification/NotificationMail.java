package id.kawal.notification;

import id.kawal.system.KawalProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.Locale;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * The e-mail of a notification, in Indonesian: the notification's own message as the subject, and a body that greets
 * the recipient, repeats it and gives the absolute link ({@code kawal.base-url} + the notification's link).
 */
@Component
class NotificationMail {

    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;
    private final IdentityService identities;
    private final String baseUrl;
    private final String from;

    NotificationMail(MessageSource messages, IdentityService identities, KawalProperties properties) {
        this.messages = messages;
        this.identities = identities;
        this.baseUrl = properties.baseUrl() == null ? "" : properties.baseUrl().strip().replaceAll("/+$", "");
        this.from = properties.mail().from();
    }

    MimeMessage compose(JavaMailSender sender, Notification notification, String address) throws MessagingException {
        String text = messages.getMessage(notification.getCode(), notification.getArgs(), INDONESIAN);
        String link = notification.getLink() == null ? baseUrl + "/" : baseUrl + notification.getLink();
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
        helper.setFrom(from);
        helper.setTo(address);
        helper.setSubject(messages.getMessage("mail.subject", new Object[] {text}, INDONESIAN));
        helper.setText(messages.getMessage("mail.body",
                new Object[] {nameOf(notification.getRecipient()), text, link}, INDONESIAN));
        return message;
    }

    private String nameOf(String username) {
        User user = identities.createUserQuery().userId(username).singleResult();
        if (user == null) {
            return username;
        }
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
                + (user.getLastName() == null ? "" : user.getLastName())).strip();
        return name.isEmpty() ? username : name;
    }
}
