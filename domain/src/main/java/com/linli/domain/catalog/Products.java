package com.linli.domain.catalog;

import java.util.Optional;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;

/** The products of the catalog. */
public interface Products {

    Optional<Product> findById(Long id);

    /** Newest first. */
    Paged<Product> search(ProductFilter filter, PageQuery page);

    /** Active products of active suppliers, by name; a null category or blank text does not filter. */
    Paged<Product> searchOfferable(Long categoryId, String text, PageQuery page);

    Product save(Product product);
}
