package com.linli.web.api;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.pathPattern;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The REST API under {@code /api/**}: bearer tokens only, stateless (no session is created or read,
 * so no CSRF token either), every refusal a problem document. The pages keep their own chain with
 * session sign-in; a session cookie sent here counts for nothing.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    /** A JSON API draws nothing and is framed by nobody. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

    private static final String DOCUMENTATION_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * Calls for anyone: signing up, getting a token, finding a community. A token sent along is not
     * looked at, so that a client renewing its expired token is not refused for sending it.
     */
    private static final RequestMatcher PUBLIC = new OrRequestMatcher(
            pathPattern(HttpMethod.POST, "/api/v1/auth/register"), pathPattern(HttpMethod.POST, "/api/v1/auth/token"),
            pathPattern(HttpMethod.GET, "/api/v1/communities"));

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, Problems problems) {
        var bearer = new DefaultBearerTokenResolver();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC).permitAll()
                        .requestMatchers("/api/v1/leader/**").hasRole("LEADER")
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .bearerTokenResolver(request -> PUBLIC.matches(request) ? null : bearer.resolve(request))
                        .jwt(jwt -> jwt.decoder(tokens.decoder()).jwtAuthenticationConverter(ApiTokens::authentication))
                        .authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .exceptionHandling(refusals -> refusals.authenticationEntryPoint(unauthorized(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
        return http.build();
    }

    /**
     * The API's description and Swagger UI, public like the API's sign-up. Swagger UI sets inline styles,
     * so its pages get a policy of their own that allows them; scripts stay the app's own as everywhere.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiDescription(HttpSecurity http) {
        http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                .authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCUMENTATION_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /** 401 with {@code WWW-Authenticate: Bearer …} as RFC 6750 asks, and a problem saying what to do. */
    private static AuthenticationEntryPoint unauthorized(Problems problems) {
        var bearer = new BearerTokenAuthenticationEntryPoint();
        return (request, response, exception) -> {
            bearer.commence(request, response, exception);
            problems.write(request, response, problems.of(ProblemType.UNAUTHORIZED, problems.locale(request),
                    ProblemType.UNAUTHORIZED.key() + (invalidToken(exception) ? ".invalid" : ".missing")));
        };
    }

    private static boolean invalidToken(AuthenticationException exception) {
        return exception instanceof InvalidBearerTokenException;
    }

    private static AccessDeniedHandler forbidden(Problems problems) {
        return (request, response, denied) -> problems.write(request, response, problems.of(ProblemType.FORBIDDEN,
                problems.locale(request), ProblemType.FORBIDDEN.key() + ".role"));
    }

    /** Just before Spring Security, so that what it refuses by status alone is a problem document too. */
    @Bean
    FilterRegistrationBean<ApiRequests> apiRequests(Problems problems) {
        var registration = new FilterRegistrationBean<>(new ApiRequests(problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }
}
