package com.linli.web.security;

import java.util.Locale;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

import com.linli.domain.identity.Users;

/** Loads users for Spring Security; roles become {@code ROLE_*} authorities. */
@Component
class SignedInUsers implements UserDetailsService {

    private final Users users;

    SignedInUsers(Users users) {
        this.users = users;
    }

    @Override
    public SignedInUser loadUserByUsername(String username) {
        return users.findByUsername(username.strip().toLowerCase(Locale.ROOT))
                .map(user -> new SignedInUser(user.getId(), user.getUsername(), user.getDisplayName(),
                        user.getPasswordHash(),
                        user.getRoles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList()))
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }
}
