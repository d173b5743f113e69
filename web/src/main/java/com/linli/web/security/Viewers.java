package com.linli.web.security;

import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Who is looking at a page, for the navigation of every page: {@code th:with="viewer=${@viewers.current()}"}.
 * Read once per page from the security context; sec:authorize parsed and evaluated a security expression
 * for each of the layout's nine links, about a tenth of a page's CPU.
 */
@Component("viewers")
public class Viewers {

    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    public Viewer current() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!TRUST.isAuthenticated(authentication)) {
            return Viewer.ANONYMOUS;
        }
        var roles = authentication.getAuthorities().stream().map(authority -> authority.getAuthority()).toList();
        var name = authentication.getPrincipal() instanceof SignedInUser user ? user.getDisplayName()
                : authentication.getName();
        return new Viewer(true, roles.contains("ROLE_LEADER"), roles.contains("ROLE_ADMIN"), name);
    }

    /** As {@code isAuthenticated()}, {@code hasRole('LEADER')}, {@code hasRole('ADMIN')} and the display name say. */
    public record Viewer(boolean signedIn, boolean leader, boolean admin, String displayName) {

        static final Viewer ANONYMOUS = new Viewer(false, false, false, null);
    }
}
