package com.linli.web.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.SessionAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.identity.IdentityService;
import com.linli.domain.identity.Registration;
import com.linli.domain.identity.UsernameTaken;
import com.linli.web.ratelimit.RateLimit;
import com.linli.web.ratelimit.RateLimited;
import com.linli.web.ratelimit.RateLimiter;
import com.linli.web.security.LoginFailure;

/** Registration and the login page; Spring Security handles the login and logout posts. */
@Controller
class AuthController {

    private static final String LOGIN = "identity/login";
    private static final String REGISTER = "identity/register";

    private final IdentityService identity;
    private final RateLimiter limits;
    private final Clock clock;

    AuthController(IdentityService identity, RateLimiter limits, Clock clock) {
        this.identity = identity;
        this.limits = limits;
        this.clock = clock;
    }

    /** After too many failed sign-ins, says how many minutes are left to wait. */
    @GetMapping("/login")
    String login(@SessionAttribute(name = LoginFailure.RETRY_AT, required = false) Instant retryAt, Model model) {
        var now = clock.instant();
        if (retryAt != null && retryAt.isAfter(now)) {
            model.addAttribute("retryMinutes", RateLimited.minutes(Duration.between(now, retryAt)));
        }
        return LOGIN;
    }

    @GetMapping("/register")
    String initRegistrationForm(@ModelAttribute("registration") Registration registration) {
        return REGISTER;
    }

    /** Accounts created per client address are limited; an attempt that creates none does not count. */
    @PostMapping("/register")
    String processRegistrationForm(@Valid @ModelAttribute("registration") Registration registration,
                                   BindingResult result, HttpServletRequest request, HttpServletResponse response,
                                   RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return REGISTER;
        }
        try {
            limits.attempt(RateLimit.REGISTRATIONS_PER_ADDRESS, request.getRemoteAddr(),
                    () -> identity.register(registration));
        } catch (UsernameTaken e) {
            result.rejectValue("username", e.code(), e.arguments(), null);
            return REGISTER;
        } catch (RateLimited e) {
            result.reject("register.throttled", new Object[] {e.minutes()}, null);
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return REGISTER;
        }
        redirect.addFlashAttribute("message", "register.done");
        redirect.addAttribute("username", registration.username());
        return "redirect:/login";
    }
}
