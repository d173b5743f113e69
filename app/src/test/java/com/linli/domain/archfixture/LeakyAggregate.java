package com.linli.domain.archfixture;

import org.hibernate.Session;
import org.springframework.data.repository.Repository;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;

/** Breaks every domain rule on purpose; only ArchitectureTests looks at it. */
class LeakyAggregate {

    Repository<Object, Long> repository;
    Session session;

    @GetMapping("/leak")
    String leak(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
