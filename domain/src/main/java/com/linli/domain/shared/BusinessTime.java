package com.linli.domain.shared;

import java.time.ZoneId;

/** Days (pickup dates, daily cycles) are days in China, whatever the server's zone. */
public final class BusinessTime {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BusinessTime() {
    }
}
