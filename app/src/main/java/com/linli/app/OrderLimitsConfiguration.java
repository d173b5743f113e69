package com.linli.app;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import com.linli.domain.order.OrderLimits;

/**
 * The order limits from {@code linli.order.*}, bound straight into the domain's record, so a value
 * out of range stops the start with Boot's account of which property and why.
 */
@Configuration(proxyBeanMethods = false)
class OrderLimitsConfiguration {

    @Bean
    OrderLimits orderLimits(Environment environment) {
        return Binder.get(environment).bindOrCreate("linli.order", OrderLimits.class);
    }
}
