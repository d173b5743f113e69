package com.linli.web.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RateLimitPropertiesTests {

    @Test
    void everyLimitHasItsDefaultQuotaWhenNothingIsConfigured() {
        var properties = bind(Map.of());

        assertThat(properties.quota(RateLimit.LOGIN_FAILURES_PER_ACCOUNT)).isEqualTo(new Quota(10, Duration.ofMinutes(5)));
        assertThat(properties.quota(RateLimit.REGISTRATIONS_PER_ADDRESS)).isEqualTo(new Quota(20, Duration.ofHours(1)));
    }

    @Test
    void aConfiguredCapacityOrPeriodReplacesJustThatPartOfTheDefault() {
        var properties = bind(Map.of(
                "linli.rate-limits.registrations-per-address.capacity", "50",
                "linli.rate-limits.login-failures-per-address.period", "30m"));

        assertThat(properties.quota(RateLimit.REGISTRATIONS_PER_ADDRESS)).isEqualTo(new Quota(50, Duration.ofHours(1)));
        assertThat(properties.quota(RateLimit.LOGIN_FAILURES_PER_ADDRESS)).isEqualTo(new Quota(20, Duration.ofMinutes(30)));
    }

    @Test
    void aQuotaThatAllowsNothingIsRefused() {
        var properties = bind(Map.of("linli.rate-limits.login-failures-per-account.capacity", "0"));

        assertThatThrownBy(() -> properties.quota(RateLimit.LOGIN_FAILURES_PER_ACCOUNT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacity of at least 1");
    }

    private static RateLimitProperties bind(Map<String, String> configuration) {
        return new Binder(new MapConfigurationPropertySource(configuration))
                .bindOrCreate("linli", RateLimitProperties.class);
    }
}
