package com.linli.domain.identity;

/** Hashes passwords; the web layer provides it from Spring Security's encoder. */
public interface PasswordHasher {

    String hash(String rawPassword);
}
