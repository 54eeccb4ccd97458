package dev.tandem.identity;

import dev.tandem.shared.Mail;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The link of an invitation, to a workspace or as a guest of a partnership: a new secret, the address it opens,
 * and the mail carrying it in the invitee's language (or, without SMTP, the link handed back to the inviter).
 */
@Component
class InvitationLinks {

    /** A new link: its secret (stored only hashed) and its address. */
    record Link(String token, String url) {}

    private final Users users;
    private final Mail mail;
    private final MessageSource messages;
    private final TandemProperties properties;

    InvitationLinks(Users users, Mail mail, MessageSource messages, TandemProperties properties) {
        this.users = users;
        this.mail = mail;
        this.messages = messages;
        this.properties = properties;
    }

    Link create() {
        String token = Secrets.generate("");
        return new Link(token, properties.url("/invitations/" + token));
    }

    /**
     * Mails the link; the message's arguments are {@code arguments} followed by the link and its validity in days.
     * An address with an account gets it in that account's language, any other in the inviter's.
     */
    Mail.Delivery send(String address, Link link, String subjectKey, String bodyKey, Object... arguments) {
        Locale locale = users.byEmail(address).map(User::locale).orElseGet(LocaleContextHolder::getLocale);
        Object[] body = Arrays.copyOf(arguments, arguments.length + 2);
        body[arguments.length] = link.url();
        body[arguments.length + 1] = properties.security().invitationValidity().toDays();
        return mail.send(
                address,
                messages.getMessage(subjectKey, arguments, locale),
                messages.getMessage(bodyKey, body, locale));
    }

    String inviter(UserId user) {
        return users.byId(user).map(User::displayName).orElse("");
    }

    Optional<User> account(String address) {
        return users.byEmail(address);
    }
}
