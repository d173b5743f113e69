package com.linli.persistence.database;

import java.io.IOException;
import java.nio.file.Files;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * With no database configured, Linli starts its own PostgreSQL in a data directory that survives
 * restarts, so a fresh machine with only a JDK runs the real thing.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
        afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@EnableConfigurationProperties(DatabaseProperties.class)
public class EmbeddedDatabaseAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseAutoConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(DatabaseProperties properties) throws IOException {
        var dataDir = properties.dataDir().toAbsolutePath();
        Files.createDirectories(dataDir);
        StalePostmaster.stopIfRunning(dataDir);
        log.info("Starting embedded PostgreSQL with data in {}", dataDir);
        // The library tunes for throwaway test databases; this one keeps real data, so it must be durable.
        return EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    @Bean
    JdbcConnectionDetails embeddedConnectionDetails(EmbeddedPostgres postgres) {
        return new EmbeddedConnectionDetails(postgres);
    }
}
