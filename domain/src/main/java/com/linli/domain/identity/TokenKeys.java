package com.linli.domain.identity;

/** Secret keys that sign tokens, kept where every app node finds the same one. */
public interface TokenKeys {

    /**
     * The key stored under {@code name}; the first caller stores {@code generated}, and every later
     * caller, on any node, gets that one back.
     */
    byte[] keyOrStore(String name, byte[] generated);
}
