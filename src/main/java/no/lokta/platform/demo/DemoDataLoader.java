package no.lokta.platform.demo;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Loads the demo data on the first start in demo mode, and prints the demo sign-ins each start. */
@Component
@Order(10)
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoMode mode;
    private final List<DemoData> parts;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    DemoDataLoader(DemoMode mode, List<DemoData> parts, JdbcClient jdbc, TransactionTemplate tx) {
        this.mode = mode;
        this.parts = parts;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.enabled()) {
            return;
        }
        List<String> lines = tx.execute(status -> {
            // one row, locked: with several nodes starting at once only one loads the data
            jdbc.sql("lock table platform.demo_state in exclusive mode").update();
            boolean loaded = jdbc.sql("select count(*) from platform.demo_state")
                            .query(Long.class)
                            .single()
                    > 0;
            List<String> printed = new ArrayList<>();
            if (!loaded) {
                parts.forEach(part -> printed.addAll(part.load()));
                jdbc.sql("insert into platform.demo_state (loaded_at, sign_ins) values (now(), ?)")
                        .param(String.join("\n", printed))
                        .update();
            }
            return jdbc.sql("select sign_ins from platform.demo_state")
                    .query(String.class)
                    .single()
                    .lines()
                    .toList();
        });
        if (lines != null && !lines.isEmpty()) {
            log.info("Demo mode. Sign in at the addresses below:\n  {}", String.join("\n  ", lines));
        }
    }
}
