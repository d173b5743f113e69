package com.linli.web.security;

import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.linli.domain.audit.Actor;
import com.linli.domain.audit.CurrentActor;

/** The actor of an audited action: the signed-in user of the request; nobody outside a request. */
@Component
class SignedInActor implements CurrentActor {

    @Override
    public Optional<Actor> current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return Optional.of(new Actor(user.getId(), user.getUsername()));
        }
        return Optional.empty();
    }
}
