package com.linli.web.security;

import java.util.Locale;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import com.linli.web.ratelimit.Permit;
import com.linli.web.ratelimit.RateLimit;
import com.linli.web.ratelimit.RateLimited;
import com.linli.web.ratelimit.RateLimiter;

/**
 * Password sign-in with failed attempts throttled per client address and per account (see
 * {@link RateLimit} for the quotas and why). Each attempt takes from both buckets before the
 * password is checked, so parallel guesses cannot slip past the limit; a successful sign-in gives
 * both back, so only failures count. While a bucket is empty the password is not checked at all,
 * and the answer says how long to wait, never whether the password was right.
 *
 * <p>The address comes from the attempt's {@link WebAuthenticationDetails}, as form login sets them;
 * another way in (an API token endpoint) must set them too, or all its callers share one bucket.
 */
class LoginThrottling implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final RateLimiter limits;

    LoginThrottling(AuthenticationProvider passwords, RateLimiter limits) {
        this.passwords = passwords;
        this.limits = limits;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        var address = attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        var account = attempt.getName().strip().toLowerCase(Locale.ROOT);
        var fromAddress = acquire(RateLimit.LOGIN_FAILURES_PER_ADDRESS, address);
        Permit forAccount;
        try {
            forAccount = acquire(RateLimit.LOGIN_FAILURES_PER_ACCOUNT, account);
        } catch (LoginThrottled e) {
            limits.release(fromAddress);
            throw e;
        }
        try {
            var authenticated = passwords.authenticate(attempt);
            limits.release(fromAddress);
            limits.release(forAccount);
            return authenticated;
        } catch (BadCredentialsException wrong) {
            throw wrong;
        } catch (RuntimeException other) {
            // not a guess (e.g. the database is unreachable): it does not count against anyone
            limits.release(fromAddress);
            limits.release(forAccount);
            throw other;
        }
    }

    private Permit acquire(RateLimit limit, String subject) {
        try {
            return limits.acquire(limit, subject);
        } catch (RateLimited e) {
            throw new LoginThrottled(e.retryAfter());
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }
}
