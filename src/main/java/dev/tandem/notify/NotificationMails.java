package dev.tandem.notify;

import dev.tandem.identity.MemberRoster;
import dev.tandem.shared.TandemProperties;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends by mail the notifications of the kinds their member wants by mail: each is claimed (PENDING to SENDING)
 * before it is sent, so that of several nodes one sends it; one the server refuses is marked FAILED and not retried
 * (the bell still has it). Without SMTP nothing is claimed.
 */
@Component
class NotificationMails {

    private static final Logger log = LoggerFactory.getLogger(NotificationMails.class);
    private static final int BATCH = 100;

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final NotificationTexts texts;
    private final MemberRoster roster;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> sender;
    private final TandemProperties properties;

    NotificationMails(
            JdbcClient jdbc,
            Notifications notifications,
            NotificationTexts texts,
            MemberRoster roster,
            MessageSource messages,
            ObjectProvider<JavaMailSender> sender,
            TandemProperties properties) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.texts = texts;
        this.roster = roster;
        this.messages = messages;
        this.sender = sender;
        this.properties = properties;
    }

    /** How many this node sent. */
    int run() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        int sent = 0;
        var pending = jdbc.sql(
                        "select workspace_id, user_id, id from notify_notifications where mail_status = 'PENDING'"
                                + " order by id limit " + BATCH)
                .query((rs, i) -> new Object[] {
                    new WorkspaceId(rs.getObject("workspace_id", UUID.class)),
                    new UserId(rs.getObject("user_id", UUID.class)),
                    rs.getObject("id", UUID.class)
                })
                .list();
        for (var row : pending) {
            var ws = (WorkspaceId) row[0];
            var user = (UserId) row[1];
            var id = (UUID) row[2];
            if (!mark(ws, id, "PENDING", "SENDING")) {
                continue;
            }
            var member = roster.find(ws, user).orElse(null);
            var n = notifications.find(ws, user, id);
            if (member == null || n == null) {
                continue;
            }
            var message = new SimpleMailMessage();
            message.setFrom(properties.mail().from());
            message.setTo(member.email());
            String text = texts.text(n, member.locale());
            message.setSubject(text.length() > 120 ? text.substring(0, 119) + "…" : text);
            message.setText(text + "\n\n" + properties.url("/w/" + ws + "/" + n.link()) + "\n\n-- \n"
                    + messages.getMessage(
                            "notify.mail.footer", new Object[] {member.context().workspaceName()}, member.locale())
                    + "\n" + properties.url("/w/" + ws + "/notifications/preferences") + "\n");
            try {
                mail.send(message);
                mark(ws, id, "SENDING", "SENT");
                sent++;
            } catch (MailException e) {
                log.warn("Could not mail a notification to {}: {}", member.email(), e.getMessage());
                mark(ws, id, "SENDING", "FAILED");
            }
        }
        return sent;
    }

    private boolean mark(WorkspaceId ws, UUID id, String from, String to) {
        return jdbc.sql("""
                update notify_notifications set mail_status = :to
                where workspace_id = :ws and id = :id and mail_status = :from""")
                        .param("to", to)
                        .param("ws", ws.value())
                        .param("id", id)
                        .param("from", from)
                        .update()
                == 1;
    }
}
