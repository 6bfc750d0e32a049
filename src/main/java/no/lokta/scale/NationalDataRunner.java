package no.lokta.scale;

import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code --lokta.generate=national}, fills the database with the national data set on start,
 * once: a database that has it already is left as it is. Meant for a data folder of its own
 * ({@code LOKTA_DATA_DIR=data-scale}).
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "lokta.generate", havingValue = "national")
class NationalDataRunner implements ApplicationRunner {

    /** The password of every generated account, documented in docs/performance.md. */
    static final String PASSWORD = "lokta-scale-2026";

    private static final Logger log = LoggerFactory.getLogger(NationalDataRunner.class);

    private final NationalData data;
    private final PasswordEncoder encoder;

    NationalDataRunner(JdbcClient jdbc, TransactionTemplate tx, PasswordEncoder encoder) {
        this.data = new NationalData(jdbc, tx);
        this.encoder = encoder;
    }

    @Override
    public void run(ApplicationArguments args) {
        Scale scale = Scale.NATIONAL;
        if (data.present(scale)) {
            log.info("The national data set is there already; nothing generated");
            return;
        }
        log.info("Generating the national data set: {}", scale);
        long start = System.nanoTime();
        List<UUID> collaborations = data.generate(scale, encoder.encode(PASSWORD));
        log.info(
                "Generated {} collaborations in {} s. Sign in as kontakt.<municipality number>@{},"
                        + " koordinator.<county number>@{} or another generated person, password {}",
                collaborations.size(),
                (System.nanoTime() - start) / 1_000_000_000,
                scale.domain(),
                scale.domain(),
                PASSWORD);
    }
}
