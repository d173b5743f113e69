package com.linli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements that one HTTP request issues, everything included (session, security,
 * the page's reads), so that a page's statement budget can be pinned and an N+1 fails the build.
 * A request is counted when it carries {@value #HEADER}; its count is kept under the header's value.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounting {

    static final String HEADER = "X-Count-Statements";

    private static final ThreadLocal<AtomicInteger> CURRENT = new ThreadLocal<>();
    private static final Map<String, Integer> COUNTS = new ConcurrentHashMap<>();

    /**
     * The statements of the request counted under {@code id}; each count is read once. The client may
     * have the whole response a moment before the server's filter chain has returned, so this waits for it.
     */
    static int of(String id) {
        for (int attempt = 0; attempt < 500; attempt++) {
            var count = COUNTS.remove(id);
            if (count != null) {
                return count;
            }
            LockSupport.parkNanos(Duration.ofMillis(10).toNanos());
        }
        throw new IllegalStateException("No request was counted under " + id);
    }

    @Bean
    static BeanPostProcessor statementCountingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof DataSource dataSource)) {
                    return bean;
                }
                return ProxyDataSourceBuilder.create(dataSource).name(beanName)
                        .afterQuery((execution, queries) -> {
                            var current = CURRENT.get();
                            if (current != null) {
                                // a JDBC batch is one round trip but as many statements for the server
                                current.addAndGet(queries.stream()
                                        .mapToInt(query -> Math.max(1, query.getParametersList().size())).sum());
                            }
                        })
                        .build();
            }
        };
    }

    /** Outermost, so that what the session and security filters do around the page is counted too. */
    @Bean
    FilterRegistrationBean<Filter> statementCountingFilter() {
        Filter filter = (request, response, chain) -> {
            var id = ((HttpServletRequest) request).getHeader(HEADER);
            if (id == null) {
                chain.doFilter(request, response);
                return;
            }
            var count = new AtomicInteger();
            CURRENT.set(count);
            try {
                chain.doFilter(request, response);
            } finally {
                CURRENT.remove();
                COUNTS.put(id, count.get());
            }
        };
        var registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
