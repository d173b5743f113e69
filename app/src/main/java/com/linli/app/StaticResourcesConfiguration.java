package com.linli.app;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Stylesheets, scripts and images served cheaply, and pages whose links cost nothing to render. */
@Configuration(proxyBeanMethods = false)
class StaticResourcesConfiguration {

    /**
     * Boot adds this filter with WebJars' resource chain; it would rewrite every link a page renders
     * by looking it up among the static resources (a miss for every page link, never cached). No
     * resource URL carries a version, so there is nothing to rewrite; version-less WebJars URLs are
     * resolved by the resource chain itself.
     */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
        var registration = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }

    /**
     * A stylesheet or script never needs the session, yet the dispatcher servlet asks it for flash
     * attributes on every request: behind the session filter, static resources are told there is none.
     */
    @Bean
    FilterRegistrationBean<Filter> staticResourcesWithoutSession() {
        Filter filter = (request, response, chain) -> chain.doFilter(
                new HttpServletRequestWrapper((HttpServletRequest) request) {
                    @Override
                    public HttpSession getSession(boolean create) {
                        return create ? super.getSession(true) : null;
                    }
                }, response);
        var registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns("/webjars/*", "/css/*", "/js/*", "/images/*", "/favicon.svg");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }
}
