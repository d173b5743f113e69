package com.linli.web.security;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Back to the login page: {@code ?throttled} with the time the next attempt is allowed kept in the
 * session, or {@code ?error} with one message for any wrong name or password. Unlike Spring's
 * default handler it keeps no exception in the session, which would carry the typed password into
 * the session table.
 */
public class LoginFailure implements AuthenticationFailureHandler {

    /** Session attribute: the {@link Instant} from which this visitor may try again. */
    public static final String RETRY_AT = "linli.login.retryAt";

    private final Clock clock;

    LoginFailure(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof LoginThrottled throttled) {
            request.getSession().setAttribute(RETRY_AT, clock.instant().plus(throttled.retryAfter()));
            response.sendRedirect(request.getContextPath() + "/login?throttled");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error");
    }
}
