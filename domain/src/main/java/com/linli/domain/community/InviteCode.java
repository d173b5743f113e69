package com.linli.domain.community;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Invite codes: eight characters that survive being read aloud or copied from a photo, so no
 * 0/O, 1/I/L. Random, so one community's code says nothing about another's.
 */
public final class InviteCode {

    static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 8;
    private static final Pattern FORMAT = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final RandomGenerator RANDOM = new SecureRandom();

    private InviteCode() {
    }

    public static String random() {
        return random(RANDOM);
    }

    static String random(RandomGenerator random) {
        var code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    public static boolean isWellFormed(String code) {
        return code != null && FORMAT.matcher(code).matches();
    }
}
