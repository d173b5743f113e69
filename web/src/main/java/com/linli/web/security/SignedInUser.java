package com.linli.web.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a session: what pages need about the user without a query. */
public class SignedInUser extends User {

    private final long id;
    private final String displayName;

    SignedInUser(long id, String username, String displayName, String passwordHash,
                 Collection<? extends GrantedAuthority> authorities) {
        super(username, passwordHash, authorities);
        this.id = id;
        this.displayName = displayName;
    }

    /**
     * The caller of an API request, as its bearer token names them: no password, and nothing loaded,
     * since the token's signature vouches for it.
     */
    public static SignedInUser fromToken(long id, String username, String displayName,
                                         Collection<? extends GrantedAuthority> authorities) {
        return new SignedInUser(id, username, displayName, "", authorities);
    }

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }
}
