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

    public long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
    }
}
