package com.linli.web.catalog;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;

/**
 * An upload beyond {@code spring.servlet.multipart.max-file-size} makes the container refuse to read
 * any field of the request, the CSRF token included, so it would end as an error page before any
 * controller. This filter, ahead of Spring Security, sends the browser back to the form it came from
 * with {@code ?tooLarge}, which the form explains. Nothing was read, so nothing can change.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10) // after the character encoding filter, before sessions and security
class UploadTooLargeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UploadTooLargeFilter.class);

    private final StandardServletMultipartResolver multipart = new StandardServletMultipartResolver();

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !multipart.isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            // the container keeps the parts it parsed here for the dispatcher servlet
            multipart.resolveMultipart(request);
        } catch (MaxUploadSizeExceededException e) {
            log.info("Refused an upload to {} over the size limit: {}", request.getRequestURI(), e.getMessage());
            response.sendRedirect(request.getRequestURI() + "?tooLarge");
            return;
        }
        chain.doFilter(request, response);
    }
}
