package com.linli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import com.linli.web.ratelimit.RateLimit;
import com.linli.web.ratelimit.RateLimited;
import com.linli.web.ratelimit.RateLimiter;

/** Issue 7, abuse: scripted password guessing and scripted registration meet the rate limits. */
@LinliIntegrationTest
class RateLimitIntegrationTests {

    private static final AtomicInteger addresses = new AtomicInteger();
    private static final AtomicInteger names = new AtomicInteger();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    RateLimiter limits;

    @Autowired
    JdbcClient jdbc;

    @Test
    void failedLoginsFromOneAddressAreThrottledAndThePageSaysWhenToRetry() {
        var address = newAddress();
        var member = accounts.newMember("林一");
        for (int i = 0; i < capacity(RateLimit.LOGIN_FAILURES_PER_ADDRESS); i++) {
            assertThat(logIn(address, "nobody_" + names.incrementAndGet(), "wrong-password"))
                    .redirectedUrl().isEqualTo("/login?error");
        }

        var refused = logIn(address, member, Accounts.PASSWORD).exchange();

        assertThat(refused).redirectedUrl().isEqualTo("/login?throttled");
        var minutes = minutesPerAttempt(RateLimit.LOGIN_FAILURES_PER_ADDRESS);
        assertThat(loginPageAfter(refused).header("Accept-Language", "en"))
                .bodyText().contains("Too many failed log-ins. Try again in " + minutes + " minutes.");
        assertThat(loginPageAfter(refused).header("Accept-Language", "zh-CN"))
                .bodyText().contains("登录失败次数过多，请 " + minutes + " 分钟后再试。");
    }

    @Test
    void someoneElsesFailuresNeverBlockASuccessfulLoginFromAnotherAddress() {
        var attacker = newAddress();
        var member = accounts.newMember("林二");
        for (int i = 0; i <= capacity(RateLimit.LOGIN_FAILURES_PER_ADDRESS); i++) {
            logIn(attacker, "nobody_" + names.incrementAndGet(), "wrong-password").exchange();
        }

        assertThat(logIn(newAddress(), member, Accounts.PASSWORD)).redirectedUrl().isEqualTo("/");
    }

    @Test
    void guessingOneAccountFromManyAddressesLocksItOnlyBriefly() {
        var member = accounts.newMember("林三");
        for (int i = 0; i < capacity(RateLimit.LOGIN_FAILURES_PER_ACCOUNT); i++) {
            assertThat(logIn(newAddress(), member, "wrong-password")).redirectedUrl().isEqualTo("/login?error");
        }

        var refused = logIn(newAddress(), member.toUpperCase(), Accounts.PASSWORD).exchange();

        assertThat(refused).redirectedUrl().isEqualTo("/login?throttled");
        assertThat(minutesPerAttempt(RateLimit.LOGIN_FAILURES_PER_ACCOUNT)).isEqualTo(1);
        assertThat(loginPageAfter(refused).header("Accept-Language", "en"))
                .bodyText().contains("Too many failed log-ins. Try again in 1 minute.");
    }

    @Test
    void successfulLoginsDoNotCount() {
        var address = newAddress();
        var member = accounts.newMember("林四");

        for (int i = 0; i < capacity(RateLimit.LOGIN_FAILURES_PER_ADDRESS) + 2; i++) {
            assertThat(logIn(address, member, Accounts.PASSWORD)).redirectedUrl().isEqualTo("/");
        }
    }

    @Test
    void parallelGuessesCannotSlipPastTheLimit() throws Exception {
        var address = newAddress();
        var capacity = capacity(RateLimit.LOGIN_FAILURES_PER_ADDRESS);
        var guesses = new ArrayList<Callable<String>>();
        for (int i = 0; i < capacity * 2; i++) {
            var name = "nobody_" + names.incrementAndGet();
            guesses.add(() -> logIn(address, name, "wrong-password").exchange().getResponse().getRedirectedUrl());
        }

        var answers = race(guesses);

        assertThat(answers).containsOnly("/login?error", "/login?throttled");
        assertThat(answers.stream().filter("/login?error"::equals).count()).isEqualTo(capacity);
    }

    @Test
    void failedLoginKeepsNoPasswordInTheSessionTable() {
        var typed = "typed-secret-" + names.incrementAndGet();

        logIn(newAddress(), accounts.newMember("林五"), typed).exchange();

        assertThat(jdbc.sql("select count(*) from spring_session_attributes where position(convert_to(:typed, 'UTF8') in attribute_bytes) > 0")
                .param("typed", typed).query(Integer.class).single()).isZero();
    }

    @Test
    void scriptedRegistrationFromOneAddressIsStoppedWithAMessage() {
        var address = newAddress();
        for (int i = 0; i < capacity(RateLimit.REGISTRATIONS_PER_ADDRESS); i++) {
            assertThat(register(address, newUsername())).hasStatus(HttpStatus.FOUND);
        }
        var before = userCount();
        var minutes = minutesPerAttempt(RateLimit.REGISTRATIONS_PER_ADDRESS);

        assertThat(register(address, newUsername()).header("Accept-Language", "zh-CN"))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyText()
                .contains("你所在的网络注册的账号过多，请 " + minutes + " 分钟后再试。");
        assertThat(register(address, newUsername()).header("Accept-Language", "en"))
                .hasStatus(HttpStatus.TOO_MANY_REQUESTS).bodyText()
                .contains("Too many accounts were created from your network. Try again in " + minutes + " minutes.");
        assertThat(userCount()).isEqualTo(before);
        assertThat(register(newAddress(), newUsername())).hasStatus(HttpStatus.FOUND);
    }

    @Test
    void registrationsThatCreateNoAccountDoNotCount() {
        var address = newAddress();
        var taken = newUsername();
        assertThat(register(address, taken)).hasStatus(HttpStatus.FOUND);

        for (int i = 0; i < capacity(RateLimit.REGISTRATIONS_PER_ADDRESS); i++) {
            assertThat(register(address, taken)).hasStatusOk();
        }

        assertThat(register(address, newUsername())).hasStatus(HttpStatus.FOUND);
    }

    private MockMvcRequestBuilder logIn(String address, String username, String password) {
        return mvc.post().uri("/login").with(from(address)).with(csrf())
                .param("username", username).param("password", password);
    }

    /** The page the refused visitor is sent to, in their session (Spring Session's cookie). */
    private MockMvcRequestBuilder loginPageAfter(MvcTestResult refused) {
        return mvc.get().uri(refused.getResponse().getRedirectedUrl()).cookie(refused.getResponse().getCookies());
    }

    private MockMvcRequestBuilder register(String address, String username) {
        return mvc.post().uri("/register").with(from(address)).with(csrf())
                .param("username", username).param("displayName", "邻居")
                .param("phone", "13800000000").param("password", "secret-pass-1");
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    /** A documentation address (RFC 5737) of its own, so no other test shares its buckets. */
    private static String newAddress() {
        var n = addresses.incrementAndGet();
        return "203.0." + (113 + n / 250) + "." + (1 + n % 250);
    }

    private static String newUsername() {
        return "script_" + names.incrementAndGet();
    }

    private long capacity(RateLimit limit) {
        return limits.quota(limit).capacity();
    }

    /** What a visitor is told to wait right after emptying the bucket: one refill step, in whole minutes. */
    private long minutesPerAttempt(RateLimit limit) {
        var quota = limits.quota(limit);
        return RateLimited.minutes(quota.period().dividedBy(quota.capacity()));
    }

    private int userCount() {
        return jdbc.sql("select count(*) from users").query(Integer.class).single();
    }

    private static List<String> race(List<Callable<String>> tasks) throws Exception {
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(8);
        try {
            var futures = tasks.stream().map(task -> pool.submit(() -> {
                start.await();
                return task.call();
            })).toList();
            start.countDown();
            var answers = new ArrayList<String>();
            for (var future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdown();
        }
    }
}
