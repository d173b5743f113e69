package com.linli.domain.commission;

/** Something a form offers to choose: a supplier, category, product or leader. */
public record Choice(long id, String name) {
}
