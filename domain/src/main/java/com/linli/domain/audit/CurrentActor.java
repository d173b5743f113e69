package com.linli.domain.audit;

import java.util.Optional;

/**
 * Who is acting right now, like Spring Data's {@code AuditorAware}: the web layer answers with the
 * signed-in user of the request; nobody for the platform's own work (start-up, scheduled jobs).
 */
public interface CurrentActor {

    Optional<Actor> current();
}
