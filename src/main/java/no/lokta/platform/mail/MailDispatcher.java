package no.lokta.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends waiting mails. Rows are claimed with {@code FOR UPDATE SKIP LOCKED}, so with several
 * application nodes each mail is sent by one of them only.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);
    private static final int MAX_ATTEMPTS = 8;
    private static final int BATCH = 100;

    private record Waiting(
            UUID id,
            String recipient,
            String subject,
            String body,
            int attempts,
            @Nullable String attachmentName,
            @Nullable String attachmentContentType,
            byte @Nullable [] attachment) {}

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailDispatcher(
            JdbcClient jdbc,
            TransactionTemplate tx,
            ObjectProvider<JavaMailSender> sender,
            @Value("${lokta.mail.from}") String from) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.sender = sender;
        this.from = from;
    }

    @Scheduled(fixedDelayString = "${lokta.mail.poll:5s}", initialDelayString = "${lokta.mail.poll:5s}")
    void sendWaiting() {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return;
        }
        tx.executeWithoutResult(status -> {
            List<Waiting> batch =
                    jdbc.sql("""
                            select id, recipient, subject, body, attempts,
                              attachment_name, attachment_content_type, attachment from platform.mail_outbox
                            where status = 'PENDING' and next_attempt_at <= now()
                            order by created_at limit ? for update skip locked""").param(BATCH).query(Waiting.class).list();
            if (!batch.isEmpty()) {
                send(mail, batch);
            }
        });
    }

    /** Sends the batch over one SMTP connection, so that a backlog drains quickly. */
    private void send(JavaMailSender mail, List<Waiting> batch) {
        Map<MimeMessage, Waiting> messages = new LinkedHashMap<>();
        for (Waiting w : batch) {
            try {
                messages.put(message(mail, w), w);
            } catch (MessagingException e) {
                failed(w, e);
            }
        }
        Map<Object, Exception> failures = Map.of();
        try {
            mail.send(messages.keySet().toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures = e.getFailedMessages();
            if (failures.isEmpty()) {
                // the connection itself failed: nothing in the batch was sent
                messages.values().forEach(w -> failed(w, e));
                return;
            }
        } catch (MailException e) {
            messages.values().forEach(w -> failed(w, e));
            return;
        }
        for (Map.Entry<MimeMessage, Waiting> m : messages.entrySet()) {
            Exception failure = failures.get(m.getKey());
            if (failure == null) {
                jdbc.sql("update platform.mail_outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1"
                                + " where id = ?")
                        .param(m.getValue().id())
                        .update();
            } else {
                failed(m.getValue(), failure);
            }
        }
    }

    private MimeMessage message(JavaMailSender mail, Waiting w) throws MessagingException {
        MimeMessage message = mail.createMimeMessage();
        byte[] attachment = w.attachment();
        String attachmentName = w.attachmentName();
        String attachmentType = w.attachmentContentType();
        boolean multipart = attachment != null && attachmentName != null && attachmentType != null;
        MimeMessageHelper helper = new MimeMessageHelper(message, multipart, "UTF-8");
        helper.setFrom(from);
        helper.setTo(w.recipient());
        helper.setSubject(w.subject());
        helper.setText(w.body(), false);
        if (attachment != null && attachmentName != null && attachmentType != null) {
            helper.addAttachment(attachmentName, new ByteArrayResource(attachment), attachmentType);
        }
        return message;
    }

    private void failed(Waiting w, Exception e) {
        int attempts = w.attempts() + 1;
        log.warn("Mail {} not sent (attempt {}): {}", w.id(), attempts, e.getMessage());
        jdbc.sql("""
                        update platform.mail_outbox set attempts = ?, last_error = ?,
                          status = case when ? >= ? then 'FAILED' else 'PENDING' end,
                          next_attempt_at = now() + make_interval(secs => 30 * power(2, ?))
                        where id = ?""")
                .params(attempts, String.valueOf(e.getMessage()), attempts, MAX_ATTEMPTS, attempts, w.id())
                .update();
    }
}
