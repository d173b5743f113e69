package com.linli.web.api;

import java.io.IOException;

/** A request body larger than the API reads; the request is refused before it is read in full. */
class BodyTooLarge extends IOException {

    private final int limitKilobytes;

    BodyTooLarge(int limitBytes) {
        super("Request body larger than " + limitBytes + " bytes");
        this.limitKilobytes = limitBytes / 1024;
    }

    int limitKilobytes() {
        return limitKilobytes;
    }
}
