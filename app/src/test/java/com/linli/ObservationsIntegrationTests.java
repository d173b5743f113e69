package com.linli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

/**
 * Issue 10, fast under a crowd: what nobody reads is not recorded on every request. Only health is
 * exposed and no metrics are exported; Spring Security's observations and a timer per repository call
 * took about a tenth of an API order's CPU in a profile.
 */
@LinliIntegrationTest
class ObservationsIntegrationTests {

    @Autowired
    ObservationRegistry observations;

    @Autowired
    MeterRegistry meters;

    @Autowired
    Accounts accounts;

    @Test
    void theSecurityFiltersRecordNoObservations() {
        for (var name : new String[] {"spring.security.filterchains", "spring.security.authentications",
                "spring.security.authorizations"}) {
            var observation = Observation.start(name, observations);
            observation.stop();
            assertThat(observation.isNoop()).as(name).isTrue();
        }
    }

    @Test
    void repositoryCallsRecordNoTimers() {
        accounts.newMember("计时");

        assertThat(meters.find("spring.data.repository.invocations").meters()).isEmpty();
    }
}
