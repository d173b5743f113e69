package com.linli.domain.order;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;

/**
 * 提货码: six random digits, unique among the open orders of one pickup point and, being random,
 * unguessable from any other point's codes. One instance hands out codes for one community.
 */
final class PickupCodes {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Set<String> taken;

    PickupCodes(Iterable<String> openCodes) {
        this.taken = new HashSet<>();
        openCodes.forEach(taken::add);
    }

    String next() {
        if (taken.size() >= 500_000) {
            // far beyond any pickup point's open orders; refuse rather than loop for ever
            throw new IllegalStateException("No pickup codes left at this pickup point");
        }
        String code;
        do {
            code = "%06d".formatted(RANDOM.nextInt(1_000_000));
        } while (!taken.add(code));
        return code;
    }
}
