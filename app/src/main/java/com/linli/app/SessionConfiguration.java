package com.linli.app;

import javax.sql.DataSource;

import jakarta.servlet.Filter;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in PostgreSQL. Two requests of one session (two tabs, a double tap) that both set
 * an attribute the session did not have, such as the flash message after a form, would both
 * insert it and the second would fail on the key; written as upserts, both succeed. Boot applies
 * its own customizer first, so the table name it sets does not reset these statements. A request
 * that changes nothing in its session reads it once and writes nothing ({@link QuietSessions}).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributeUpserts() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Boot backs off from its JDBC sessions when the application declares a session repository of its
     * own, so the one it makes is wrapped instead.
     */
    @Bean
    static BeanPostProcessor quietSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? QuietSessions.around((FindByIndexNameSessionRepository<?>) sessions) : bean;
            }
        };
    }

    /**
     * The session's reads and writes in plain JDBC transactions (each its own, as Spring Session makes them):
     * through the JPA transaction manager every request opened a Hibernate session just to read its session.
     * Spring Session takes a bean of this name; not a default candidate, so Boot still makes the application's own
     * TransactionTemplate.
     */
    @Bean(defaultCandidate = false)
    TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        var transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return transactions;
    }

    @Bean
    FilterRegistrationBean<Filter> sessionReadOncePerRequest() {
        var registration = new FilterRegistrationBean<>(QuietSessions.readOncePerRequest());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }
}
