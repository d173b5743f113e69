package com.linli.web.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Parameter;

import com.linli.domain.shared.PageQuery;

/** {@code ?page=&size=} of a list: refused, not quietly corrected, when out of range. */
public record Paging(
        @Parameter(description = "Zero-based page number, at most " + PageQuery.MAX_PAGE, example = "0")
        @Min(value = 0, message = "{api.paging.page}") @Max(value = PageQuery.MAX_PAGE, message = "{api.paging.page}")
        Integer page,
        @Parameter(description = "Entries per page, 1 to " + PageQuery.MAX_SIZE + ", " + PageQuery.DEFAULT_SIZE
                + " unless given", example = "20")
        @Min(value = 1, message = "{api.paging.size}") @Max(value = PageQuery.MAX_SIZE, message = "{api.paging.size}")
        Integer size) {

    public PageQuery query() {
        return new PageQuery(page == null ? 0 : page, size == null ? PageQuery.DEFAULT_SIZE : size);
    }
}
