package com.linli.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.linli.domain.shared.PlainText;

/** Where {@link ExpiredPages} sends a form from an expired page: it says so and leads back. */
@Controller
class ExpiredPageController {

    static final String PATH = "/expired";
    private static final String EXPIRED = "error/expired";

    @GetMapping(PATH)
    String expired(@RequestParam(defaultValue = "/") @PlainText String back, Model model) {
        model.addAttribute("back", local(back));
        return EXPIRED;
    }

    /** Only a path on this site: never another host ("//host", "/\host") or scheme ("javascript:"). */
    static String local(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\") ? path : "/";
    }
}
