package com.linli;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.linli.domain.identity.IdentityService;
import com.linli.domain.identity.Registration;

/** Real accounts for tests, registered the way a visitor registers, each with a fresh name. */
public class Accounts {

    public static final String PASSWORD = "neighbour-password";
    private static final AtomicInteger sequence = new AtomicInteger();

    private final IdentityService identity;
    private final UserDetailsService userDetails;

    Accounts(IdentityService identity, UserDetailsService userDetails) {
        this.identity = identity;
        this.userDetails = userDetails;
    }

    /** Registers a new member and returns their username. */
    public String newMember(String displayName) {
        var n = sequence.incrementAndGet();
        var username = "member_t" + n;
        identity.register(new Registration(username, displayName, "1390000%04d".formatted(n), PASSWORD));
        return username;
    }

    /** Signs the request in as that user, with the principal the application itself would load. */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }
}
