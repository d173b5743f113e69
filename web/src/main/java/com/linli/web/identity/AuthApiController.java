package com.linli.web.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import com.linli.domain.identity.IdentityService;
import com.linli.domain.identity.Registration;
import com.linli.domain.identity.User;
import com.linli.domain.shared.PlainText;
import com.linli.web.api.ApiController;
import com.linli.web.api.ApiTokens;
import com.linli.web.api.ProblemType;
import com.linli.web.api.Refusals;
import com.linli.web.ratelimit.RateLimit;
import com.linli.web.ratelimit.RateLimiter;
import com.linli.web.security.SignedInUser;

/** Sign-up and bearer tokens, so that a mini-program needs no web page; the same rules and limits as the pages. */
@ApiController
@RequestMapping("/api/v1/auth")
@Tag(name = "Accounts", description = "Sign up and get a bearer token")
class AuthApiController {

    private final IdentityService identity;
    private final RateLimiter limits;
    private final AuthenticationManager passwordLogin;
    private final ApiTokens tokens;

    AuthApiController(IdentityService identity, RateLimiter limits, AuthenticationManager passwordLogin,
                      ApiTokens tokens) {
        this.identity = identity;
        this.limits = limits;
        this.passwordLogin = passwordLogin;
        this.tokens = tokens;
    }

    /** Accounts per client address are limited as on the registration page; one that is refused does not count. */
    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an account", description = "As the registration page: the account is a member's; "
            + "join a community next. Limited per client address.")
    @SecurityRequirements
    @Refusals({ProblemType.STATE_CONFLICT, ProblemType.RATE_LIMITED})
    AccountView register(@Valid @RequestBody Registration registration, HttpServletRequest request) {
        return AccountView.of(limits.attempt(RateLimit.REGISTRATIONS_PER_ADDRESS, request.getRemoteAddr(),
                () -> identity.register(registration)));
    }

    /**
     * Checks the password as the login page does, through the same throttled sign-in: wrong passwords
     * count per account and per client address against the login limits.
     */
    @PostMapping("/token")
    @Operation(summary = "Get a bearer token", description = "For the username and password of any account. "
            + "Failed attempts are limited per account and per client address, as on the login page.")
    @SecurityRequirements
    @Refusals({ProblemType.UNAUTHORIZED, ProblemType.RATE_LIMITED})
    TokenView token(@Valid @RequestBody TokenRequest credentials, HttpServletRequest request) {
        var attempt = UsernamePasswordAuthenticationToken.unauthenticated(credentials.username(), credentials.password());
        attempt.setDetails(new WebAuthenticationDetails(request));
        var token = tokens.issue((SignedInUser) passwordLogin.authenticate(attempt).getPrincipal());
        return new TokenView(token.getTokenValue(), "Bearer",
                token.getExpiresAt().getEpochSecond() - token.getIssuedAt().getEpochSecond());
    }

    record TokenRequest(@Schema(example = "member1") @NotBlank(message = "{validation.required}")
                        @Size(max = 100, message = "{api.auth.too-long}") @PlainText String username,
                        @Schema(example = "the password") @NotBlank(message = "{validation.required}")
                        @Size(max = 200, message = "{api.auth.too-long}") @PlainText String password) {
    }

    @Schema(description = "A bearer token")
    record TokenView(@Schema(description = "Send as Authorization: Bearer <accessToken>") String accessToken,
                     @Schema(example = "Bearer") String tokenType,
                     @Schema(description = "Seconds it holds", example = "3600") long expiresIn) {
    }

    @Schema(description = "A new account")
    record AccountView(long id, String username, String displayName) {

        static AccountView of(User user) {
            return new AccountView(user.getId(), user.getUsername(), user.getDisplayName());
        }
    }
}
