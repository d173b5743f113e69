package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import io.micrometer.observation.ObservationRegistry;

/**
 * Issue 10, fast under a crowd: what nobody reads is not recorded on every request. Only health is
 * exposed and no metrics are exported, yet Spring Security wrapped each filter of each request in three
 * observations, and a timer was looked up for every repository call.
 */
@LinliIntegrationTest
class ObservationsIntegrationTests {

    @Autowired
    ObservationRegistry observations;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Accounts accounts;

    @LocalServerPort
    int port;

    @Test
    void aSignedInRequestStartsNoObservationOfTheSecurityFilters() {
        var member = new ApiClient(port).as(accounts.newMember("观测"));
        var started = new CopyOnWriteArrayList<String>();
        var listening = new AtomicBoolean(true);
        // a registry cannot drop a handler: this one stops listening when the test ends
        observations.observationConfig().observationHandler(new ObservationHandler<>() {

            @Override
            public void onStart(Observation.Context context) {
                started.add(context.getName());
            }

            @Override
            public boolean supportsContext(Observation.Context context) {
                return listening.get();
            }
        });
        try {
            assertThat(member.get("/api/v1/orders").status()).isEqualTo(200);
        } finally {
            listening.set(false);
        }

        assertThat(started).isNotEmpty().noneMatch(name -> name.startsWith("spring.security"));
    }

    @Test
    void repositoryCallsRecordNoTimers() {
        accounts.newMember("计时");

        assertThat(meters.find("spring.data.repository.invocations").meters()).isEmpty();
    }
}
