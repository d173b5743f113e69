package com.linli.web.security;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.DispatcherType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.SessionManagementConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.access.DelegatingAccessDeniedHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.csrf.CsrfException;

import com.linli.domain.identity.PasswordHasher;
import com.linli.web.ratelimit.RateLimiter;

/** Who may reach which pages, how they sign in, and the security headers every page carries. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** Only the app's own scripts and styles; images also from https (catalog image URLs); no framing. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self'; img-src 'self' data: https:; font-src 'self'; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager passwordLogin,
                              AuthenticationSuccessHandler loginSuccess, Clock clock) {
        http.authenticationManager(passwordLogin)
                .authorizeHttpRequests(requests -> requests
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .requestMatchers("/", "/login", "/register", "/error", "/expired", "/actuator/health",
                                "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.svg").permitAll()
                        .requestMatchers(HttpMethod.GET, "/communities", "/communities/*", "/join/*").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/leader/**").hasRole("LEADER")
                        .anyRequest().authenticated())
                .formLogin(login -> login.loginPage("/login").successHandler(loginSuccess)
                        .failureHandler(new LoginFailure(clock)).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/?logout"))
                .exceptionHandling(denied -> denied.accessDeniedHandler(new DelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(CsrfException.class, new ExpiredPages())), new AccessDeniedHandlerImpl())))
                .sessionManagement(session -> session.sessionFixation(SessionManagementConfigurer.SessionFixationConfigurer::changeSessionId))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        // invite links carry codes: no other site learns a page's address
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * No observations of Spring Security: only health is exposed and no metrics are exported, yet with
     * them on every filter of every request was wrapped in three observations, and signing in and each
     * access decision in one more. Turned off by the management property alone, they are still wrapped
     * (a tenth of an API refusal's samples in a profile). An operator who exports metrics may add them back.
     */
    @Bean
    static SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    /** Username and password against the users table, with failed attempts throttled. */
    @Bean
    AuthenticationManager passwordLogin(SignedInUsers users, PasswordEncoder encoder, RateLimiter limits) {
        var passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new LoginThrottling(passwords, limits));
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    PasswordHasher passwordHasher(PasswordEncoder encoder) {
        return encoder::encode;
    }
}
