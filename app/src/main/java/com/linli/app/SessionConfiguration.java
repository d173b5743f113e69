package com.linli.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Sessions live in PostgreSQL. Two requests of one session (two tabs, a double tap) that both set
 * an attribute the session did not have, such as the flash message after a form, would both
 * insert it and the second would fail on the key; written as upserts, both succeed. Boot applies
 * its own customizer first, so the table name it sets does not reset these statements.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
