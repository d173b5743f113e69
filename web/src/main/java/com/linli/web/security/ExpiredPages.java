package com.linli.web.security;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A form sent with a CSRF token its session does not hold: the page stayed open past the session,
 * or its user signed out meanwhile. That is no "not allowed": the login form comes back with the
 * username typed, and any other form leads to a page that says the page expired, with the way
 * back to the page the form was on (from the Referer, on this site only). Nothing was done.
 */
class ExpiredPages implements AccessDeniedHandler {

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        UriComponentsBuilder target;
        if ((request.getContextPath() + "/login").equals(request.getRequestURI())) {
            target = UriComponentsBuilder.fromPath("/login").queryParam("expired");
            var username = request.getParameter("username");
            if (username != null) {
                target.queryParam("username", username);
            }
        } else {
            target = UriComponentsBuilder.fromPath(ExpiredPageController.PATH).queryParam("back", formPage(request));
        }
        response.sendRedirect(request.getContextPath() + target.encode().build().toUriString());
    }

    /** The path of the page the form was on, if the browser said and it is on this site; else home. */
    private static String formPage(HttpServletRequest request) {
        var referer = request.getHeader(HttpHeaders.REFERER);
        if (referer == null) {
            return "/";
        }
        try {
            var page = URI.create(referer);
            var path = page.getRawPath();
            if (!request.getServerName().equalsIgnoreCase(page.getHost()) || path == null
                    || !path.startsWith(request.getContextPath())) {
                return "/";
            }
            path = path.substring(request.getContextPath().length());
            return ExpiredPageController.local(page.getRawQuery() == null ? path : path + "?" + page.getRawQuery());
        } catch (IllegalArgumentException e) {
            return "/"; // not an address
        }
    }
}
