package no.lokta.people.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;
import no.lokta.LoktaTest;
import no.lokta.member.MemberManagement;
import no.lokta.people.PeopleManagement;
import no.lokta.platform.demo.DemoMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The first coordinator made against the real database, with a fresh collaboration and address so
 * that the shared data stays as it is.
 */
@LoktaTest
@ExtendWith(OutputCaptureExtension.class)
class FirstCoordinatorDatabaseTests {

    @Autowired
    PeopleManagement people;

    @Autowired
    MemberManagement members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    DemoMode demo;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void makesCollaborationAndCoordinatorAndLogsTheOneTimePasswordOnce(CapturedOutput output) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        var runner = new FirstCoordinator(
                demo,
                people,
                members,
                jdbc,
                tx,
                "Første samarbeid " + suffix,
                "first-" + suffix + "@example.org",
                "Første Koordinator",
                "");

        var created = tx.execute(status -> runner.create());

        assertThat(created).isNotNull();
        String password = created.generatedPassword();
        assertThat(password).isNotNull();
        String hash = jdbc.sql("select password_hash from people.account where id = ?")
                .param(created.accountId())
                .query(String.class)
                .single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
        assertThat(encoder.matches(password, hash)).isTrue();
        assertThat(jdbc.sql("select role from people.account_role where account_id = ? and collaboration_id = ?")
                        .params(created.accountId(), created.collaborationId())
                        .query(String.class)
                        .list())
                .containsExactly("COORDINATOR");
        assertThat(members.collaboration(created.collaborationId()).name()).isEqualTo("Første samarbeid " + suffix);
        assertThat(output.getOut().split(Pattern.quote(password), -1))
                .as("the password is written to the log exactly once")
                .hasSize(2);
        assertThat(output.getOut()).contains("WARN");

        // the test context runs in demo mode: there the runner makes nothing
        assertThat(runner.createIfFirst()).isEmpty();
    }
}
