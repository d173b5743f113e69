package com.linli.web.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** The back office; only admins reach {@code /admin/**}. */
@Controller
@RequestMapping("/admin")
class AdminController {

    private static final String HOME = "admin/home";

    @GetMapping
    String home() {
        return HOME;
    }
}
