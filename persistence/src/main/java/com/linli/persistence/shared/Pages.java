package com.linli.persistence.shared;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** Between the domain's paging records and Spring Data's. */
public final class Pages {

    private Pages() {
    }

    public static Pageable request(PageQuery query, Sort sort) {
        return PageRequest.of(query.page(), query.size(), sort);
    }

    public static <T> Paged<T> of(Page<T> page) {
        return new Paged<>(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements());
    }
}
