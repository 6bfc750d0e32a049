package no.lokta.platform.mail;

import java.util.Arrays;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every mail is first written to the outbox in the caller's transaction; {@link MailDispatcher}
 * sends it afterwards, with retries. A crash in between loses nothing. Without an SMTP server the
 * mail stays in the outbox for coordinators to read.
 */
@Component
public class MailOutbox {

    private final JdbcClient jdbc;
    private final boolean smtpConfigured;

    MailOutbox(JdbcClient jdbc, @Value("${spring.mail.host:}") String smtpHost) {
        this.jdbc = jdbc;
        this.smtpConfigured = !smtpHost.isBlank();
    }

    public UUID queue(@Nullable UUID collaborationId, String recipient, String subject, String body) {
        return queue(collaborationId, recipient, subject, body, null);
    }

    /** A mail with a file attached (the dispatcher sends it as a multipart message). */
    public UUID queue(
            @Nullable UUID collaborationId,
            String recipient,
            String subject,
            String body,
            @Nullable MailAttachment attachment) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        insert into platform.mail_outbox (id, collaboration_id, recipient, subject, body, status,
                          attachment_name, attachment_content_type, attachment)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Arrays.asList(
                        id,
                        collaborationId,
                        recipient,
                        subject,
                        body,
                        (smtpConfigured ? MailStatus.PENDING : MailStatus.NOT_SENT).name(),
                        attachment == null ? null : attachment.name(),
                        attachment == null ? null : attachment.contentType(),
                        attachment == null ? null : attachment.content()))
                .update();
        return id;
    }

    public boolean smtpConfigured() {
        return smtpConfigured;
    }
}
