package no.lokta.platform.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import no.lokta.LoktaApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Løkta on an external PostgreSQL server, as in production: set by Spring's own datasource
 * properties, the same migrations, no demo data, the first coordinator from the environment. Runs
 * when {@code LOKTA_TEST_EXTERNAL_DATABASE_URL} names a server (CI gives it); a fresh database is
 * created there and dropped afterwards.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExternalDatabaseTests {

    @Test
    void startsOnAnExternalServerWithoutDemoData(CapturedOutput output) throws SQLException {
        String serverUrl = System.getenv("LOKTA_TEST_EXTERNAL_DATABASE_URL");
        if (System.getenv("CI") != null) {
            assertThat(serverUrl)
                    .as("CI must give LOKTA_TEST_EXTERNAL_DATABASE_URL")
                    .isNotBlank();
        }
        assumeTrue(serverUrl != null && !serverUrl.isBlank(), "no external PostgreSQL server given");
        String user = envOr("LOKTA_TEST_EXTERNAL_DATABASE_USER", "postgres");
        String password = envOr("LOKTA_TEST_EXTERNAL_DATABASE_PASSWORD", "");
        String database =
                "lokta_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        String databaseUrl = serverUrl.substring(0, serverUrl.lastIndexOf('/') + 1) + database;

        execute(serverUrl, user, password, "create database " + database);
        // command-line arguments outrank the test configuration (which turns demo mode on)
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LoktaApplication.class)
                .run(
                        "--spring.datasource.url=" + databaseUrl,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--lokta.demo=",
                        "--lokta.admin.email=first.coordinator@example.org",
                        "--lokta.admin.collaboration=Samarbeid i drift",
                        "--server.port=0")) {
            JdbcClient jdbc = JdbcClient.create(app.getBean(javax.sql.DataSource.class));
            assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                            .query(Long.class)
                            .single())
                    .isGreaterThanOrEqualTo(5);
            assertThat(jdbc.sql("select count(*) from member.collaboration where name = 'LØKTA'")
                            .query(Long.class)
                            .single())
                    .as("no demo data")
                    .isZero();
            assertThat(jdbc.sql("select count(*) from people.account where email like '%@lokta.no'")
                            .query(Long.class)
                            .single())
                    .as("no demo accounts")
                    .isZero();
            assertThat(jdbc.sql("select email from people.account")
                            .query(String.class)
                            .list())
                    .containsExactly("first.coordinator@example.org");
            assertThat(jdbc.sql("select name from member.collaboration")
                            .query(String.class)
                            .list())
                    .containsExactly("Samarbeid i drift");
            assertThat(jdbc.sql("select password_hash from people.account")
                            .query(String.class)
                            .single())
                    .as("only a hash is stored")
                    .startsWith("{bcrypt}");
        } finally {
            execute(serverUrl, user, password, "drop database if exists " + database + " with (force)");
        }
        assertThat(output.getOut()).doesNotContain("lokta-demo-2026");
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    private static void execute(String url, String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password);
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
