package no.lokta.people.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import no.lokta.member.CollaborationCommand;
import no.lokta.member.CollaborationSummary;
import no.lokta.member.MemberManagement;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoMode;
import no.lokta.platform.security.Role;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first start of a real installation (not demo mode, no accounts yet) creates a collaboration
 * and its first coordinator, from {@code lokta.admin.*}. Without a password given, a one-time
 * password is made and written to the log this once: it is stored only as a hash.
 */
@Component
@Order(30)
class FirstCoordinator implements ApplicationRunner {

    static final String DEFAULT_COLLABORATION = "Mitt samarbeid";
    static final String DEFAULT_EMAIL = "admin";
    static final String DEFAULT_NAME = "Koordinator";

    private static final Logger log = LoggerFactory.getLogger(FirstCoordinator.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What was set up; the password only if it was generated. */
    record Created(
            UUID collaborationId,
            UUID accountId,
            String email,
            @Nullable String generatedPassword) {}

    private final DemoMode demo;
    private final PeopleManagement people;
    private final MemberManagement members;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final String collaboration;
    private final String email;
    private final String name;
    private final String password;

    FirstCoordinator(
            DemoMode demo,
            PeopleManagement people,
            MemberManagement members,
            JdbcClient jdbc,
            TransactionTemplate tx,
            @Value("${lokta.admin.collaboration:}") String collaboration,
            @Value("${lokta.admin.email:}") String email,
            @Value("${lokta.admin.name:}") String name,
            @Value("${lokta.admin.password:}") String password) {
        this.demo = demo;
        this.people = people;
        this.members = members;
        this.jdbc = jdbc;
        this.tx = tx;
        this.collaboration = orDefault(collaboration, DEFAULT_COLLABORATION);
        this.email = orDefault(email, DEFAULT_EMAIL);
        this.name = orDefault(name, DEFAULT_NAME);
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        createIfFirst();
    }

    Optional<Created> createIfFirst() {
        if (demo.enabled() || people.anyAccount()) {
            return Optional.empty();
        }
        Optional<Created> created = tx.execute(status -> {
            // several nodes may start at once: the first to take the lock creates, the others see it done
            jdbc.sql("lock table people.account in share row exclusive mode").update();
            return people.anyAccount() ? Optional.<Created>empty() : Optional.of(create());
        });
        return created == null ? Optional.empty() : created;
    }

    /** Creates the collaboration and the coordinator; the caller has made sure there is no account. */
    Created create() {
        CollaborationSummary created = members.createCollaboration(new CollaborationCommand(collaboration, "", ""));
        String generated = password.isBlank() ? newPassword() : null;
        UUID accountId = people.createAccount(email, name, generated == null ? password : generated);
        people.grant(accountId, created.id(), Role.COORDINATOR, null);
        if (generated == null) {
            log.info("First coordinator {} created for {}", email, collaboration);
        } else {
            log.warn(
                    "First coordinator created for {}. Sign in as {} with the one-time password {}"
                            + " and change it at once under your name; it is not shown again.",
                    collaboration,
                    email,
                    generated);
        }
        return new Created(created.id(), accountId, email, generated);
    }

    private static String newPassword() {
        byte[] bytes = new byte[15];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String orDefault(String value, String fallback) {
        return value.isBlank() ? fallback : value.strip();
    }
}
