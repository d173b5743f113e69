package com.linli.domain.catalog;

import com.linli.domain.shared.DomainException;

public class CategoryNameTaken extends DomainException {

    public CategoryNameTaken(String name) {
        super("category.name-taken", name);
    }
}
