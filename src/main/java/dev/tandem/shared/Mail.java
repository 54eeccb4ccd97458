package dev.tandem.shared;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Outgoing mail. SMTP is optional: without {@code spring.mail.host} nothing is sent, the caller is
 * told so (and can tell the user), and the message is written to the log instead.
 */
@Component
public class Mail {

    /** What became of a message. */
    public enum Delivery {
        SENT,
        NOT_CONFIGURED,
        FAILED
    }

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final TandemProperties properties;

    Mail(ObjectProvider<JavaMailSender> sender, TandemProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    public boolean isConfigured() {
        return sender.getIfAvailable() != null;
    }

    public Delivery send(String to, String subject, String body) {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            log.info("Mail is not configured; message to {} not sent. Subject: {}\n{}", to, subject, body);
            return Delivery.NOT_CONFIGURED;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mail().from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(body);
        try {
            mailSender.send(message);
            return Delivery.SENT;
        } catch (MailException e) {
            log.warn("Could not send mail to {}: {}. Subject: {}\n{}", to, e.getMessage(), subject, body);
            return Delivery.FAILED;
        }
    }
}
