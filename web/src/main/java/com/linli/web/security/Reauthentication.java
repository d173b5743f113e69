package com.linli.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Reloads the signed-in user's roles into their session. Roles are read at sign-in, so a member
 * whose application was approved meanwhile would otherwise have to sign in again to lead.
 */
@Component
public class Reauthentication {

    private final SignedInUsers users;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    Reauthentication(SignedInUsers users) {
        this.users = users;
    }

    public void refresh(SignedInUser me, HttpServletRequest request, HttpServletResponse response) {
        var fresh = users.loadUserByUsername(me.getUsername());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
