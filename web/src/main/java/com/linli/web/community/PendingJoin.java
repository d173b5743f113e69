package com.linli.web.community;

import java.io.Serializable;

import jakarta.servlet.http.HttpSession;

/**
 * A visitor opened an invite link before signing in: the join waits in their session, which
 * survives registering and signing in, and completes right after sign-in.
 */
record PendingJoin(String code, Long ref) implements Serializable {

    private static final String ATTRIBUTE = PendingJoin.class.getName();

    void keepIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    /** The pending join, removed from the session: it completes once or not at all. */
    static PendingJoin takeFrom(HttpSession session) {
        if (session == null) {
            return null;
        }
        var pending = (PendingJoin) session.getAttribute(ATTRIBUTE);
        session.removeAttribute(ATTRIBUTE);
        return pending;
    }
}
