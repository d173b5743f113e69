package com.linli.domain.identity;

/** Hashes passwords; the web layer provides it from Spring Security's encoder. */
public interface PasswordHasher {

    /** bcrypt reads at most 72 bytes of a password; Spring Security refuses more rather than ignore them. */
    int MAX_BYTES = 72;

    String hash(String rawPassword);
}
