package com.linli.app;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.linli.domain.order.OrderLimits;

/** The order limits from configuration; a value out of range stops the start with the reason. */
@Configuration(proxyBeanMethods = false)
class OrderLimitsConfiguration {

    @Bean
    OrderLimits orderLimits(@Value("${linli.order.max-quantity}") int maxQuantity) {
        return new OrderLimits(maxQuantity);
    }
}
