package no.lokta.platform.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Without {@code spring.datasource.url} Løkta runs its own PostgreSQL, with the data kept in
 * {@code LOKTA_DATA_DIR} (default {@code ./data}). With it, Spring Boot connects to that server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(
            @Value("${lokta.data-dir}") String dataDir,
            @Value("${lokta.embedded.durable:true}") boolean durable,
            @Value("${lokta.embedded.clean-on-start:false}") boolean clean,
            @Value("${lokta.embedded.pool-size:10}") int poolSize) {
        DataSource embedded = EmbeddedDatabase.start(Path.of(dataDir, "postgres"), durable, clean);
        HikariConfig config = new HikariConfig();
        config.setDataSource(embedded);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("lokta-embedded");
        return new HikariDataSource(config);
    }
}
