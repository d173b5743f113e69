package com.linli.persistence.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import com.linli.persistence.database.EmbeddedConnectionDetails;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The one real PostgreSQL of a test JVM: a Testcontainers {@code postgres:18} when Docker is
 * available, an embedded PostgreSQL 18 when it is not. Every Spring context of the JVM shares it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

    @Bean
    @ServiceConnection
    @Conditional(DockerAvailable.class)
    PostgreSQLContainer postgresContainer() {
        return Container.INSTANCE;
    }

    @Bean
    @Conditional(DockerUnavailable.class)
    JdbcConnectionDetails embeddedPostgres() {
        return new EmbeddedConnectionDetails(Embedded.INSTANCE);
    }

    private static final class Container {
        static final PostgreSQLContainer INSTANCE = new PostgreSQLContainer("postgres:18");
    }

    private static final class Embedded {
        static final EmbeddedPostgres INSTANCE = start();

        private static EmbeddedPostgres start() {
            try {
                var postgres = EmbeddedPostgres.builder().start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        postgres.close();
                    } catch (IOException e) {
                        // the JVM is going away; the temporary data directory goes with it
                    }
                }));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL for tests", e);
            }
        }
    }

    static final class DockerAvailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return Docker.AVAILABLE;
        }
    }

    static final class DockerUnavailable implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !Docker.AVAILABLE;
        }
    }

    private static final class Docker {
        static final boolean AVAILABLE = DockerClientFactory.instance().isDockerAvailable();
    }
}
