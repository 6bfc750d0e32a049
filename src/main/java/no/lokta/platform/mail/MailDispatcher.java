package no.lokta.platform.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
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

    private record Waiting(UUID id, String recipient, String subject, String body, int attempts) {}

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
            List<Waiting> batch = jdbc.sql("""
                            select id, recipient, subject, body, attempts from platform.mail_outbox
                            where status = 'PENDING' and next_attempt_at <= now()
                            order by created_at limit 20 for update skip locked""").query(Waiting.class).list();
            batch.forEach(w -> send(mail, w));
        });
    }

    private void send(JavaMailSender mail, Waiting w) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(from);
            helper.setTo(w.recipient());
            helper.setSubject(w.subject());
            helper.setText(w.body(), false);
            mail.send(message);
            jdbc.sql("update platform.mail_outbox set status = 'SENT', sent_at = now(), attempts = attempts + 1"
                            + " where id = ?")
                    .param(w.id())
                    .update();
        } catch (MailException | MessagingException e) {
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
}
