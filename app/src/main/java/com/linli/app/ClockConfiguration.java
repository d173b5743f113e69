package com.linli.app;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the application, so tests (and the demo's history) can set the time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    ApplicationClock clock() {
        return new ApplicationClock();
    }
}
