package com.linli.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    private static final String LANDING = "home/landing";

    @GetMapping("/")
    String landing() {
        return LANDING;
    }
}
