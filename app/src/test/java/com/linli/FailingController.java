package com.linli;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A page that breaks, to see what a person sees on a server error. */
@RestController
class FailingController {

    @GetMapping("/test/fail")
    String fail() {
        throw new IllegalStateException("broken on purpose");
    }
}
