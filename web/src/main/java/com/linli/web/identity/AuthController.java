package com.linli.web.identity;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.identity.IdentityService;
import com.linli.domain.identity.Registration;
import com.linli.domain.identity.UsernameTaken;

/** Registration and the login page; Spring Security handles the login and logout posts. */
@Controller
class AuthController {

    private static final String LOGIN = "identity/login";
    private static final String REGISTER = "identity/register";

    private final IdentityService identity;

    AuthController(IdentityService identity) {
        this.identity = identity;
    }

    @GetMapping("/login")
    String login() {
        return LOGIN;
    }

    @GetMapping("/register")
    String initRegistrationForm(@ModelAttribute("registration") Registration registration) {
        return REGISTER;
    }

    @PostMapping("/register")
    String processRegistrationForm(@Valid @ModelAttribute("registration") Registration registration,
                                   BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return REGISTER;
        }
        try {
            identity.register(registration);
        } catch (UsernameTaken e) {
            result.rejectValue("username", e.code(), e.arguments(), null);
            return REGISTER;
        }
        redirect.addFlashAttribute("message", "register.done");
        redirect.addAttribute("username", registration.username());
        return "redirect:/login";
    }
}
