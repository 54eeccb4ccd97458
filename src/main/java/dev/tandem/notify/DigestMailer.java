package dev.tandem.notify;

import dev.tandem.shared.TandemProperties;
import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Sends a digest through the configured SMTP server: an HTML part (tables, inline styles, no images) and a
 * plain-text part, with the one-click unsubscribe headers of RFC 8058 ({@code List-Unsubscribe} and
 * {@code List-Unsubscribe-Post}).
 */
@Component
class DigestMailer {

    /** Why a digest could not be sent, for the admins' list. */
    static final class NotSent extends Exception {
        NotSent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final ObjectProvider<JavaMailSender> sender;
    private final ITemplateEngine templates;
    private final TandemProperties properties;

    DigestMailer(ObjectProvider<JavaMailSender> sender, ITemplateEngine templates, TandemProperties properties) {
        this.sender = sender;
        this.templates = templates;
        this.properties = properties;
    }

    /** Whether SMTP is configured at all (without it no digest is claimed). */
    boolean configured() {
        return sender.getIfAvailable() != null;
    }

    String html(Digest digest, Locale locale) {
        var context = new Context(locale);
        context.setVariable("d", digest);
        return templates.process("notify/digest", context);
    }

    void send(String to, Digest digest, Locale locale) throws NotSent {
        JavaMailSender mail = sender.getObject();
        try {
            var message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.mail().from());
            helper.setTo(to);
            helper.setSubject(digest.subject());
            helper.setText(digest.text(), html(digest, locale));
            message.setHeader("List-Unsubscribe", "<" + digest.unsubscribeUrl() + ">");
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.setHeader("Auto-Submitted", "auto-generated");
            mail.send(message);
        } catch (MessagingException | MailException e) {
            throw new NotSent(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage(), e);
        }
    }
}
