package com.linli.persistence.catalog;

import java.util.ArrayList;
import java.util.Locale;

import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import com.linli.domain.catalog.Product;
import com.linli.domain.catalog.ProductFilter;
import com.linli.domain.catalog.ProductStatus;
import com.linli.domain.catalog.Products;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.domain.supplier.Supplier;
import com.linli.domain.supplier.SupplierStatus;
import com.linli.persistence.shared.Pages;

/** The {@link Products} port: filtered searches as Specifications, each filter only when given. */
interface JpaProducts extends Repository<Product, Long>, JpaSpecificationExecutor<Product>, Products {

    @Override
    default Paged<Product> search(ProductFilter filter, PageQuery page) {
        var conditions = new ArrayList<Specification<Product>>();
        if (filter.supplierId() != null) {
            conditions.add(equal("supplierId", filter.supplierId()));
        }
        if (filter.categoryId() != null) {
            conditions.add(equal("categoryId", filter.categoryId()));
        }
        if (filter.status() != null) {
            conditions.add(equal("status", filter.status()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add(nameContains(filter.text()));
        }
        return Pages.of(findAll(Specification.allOf(conditions), Pages.request(page, Sort.by(Sort.Direction.DESC, "id"))));
    }

    @Override
    default Paged<Product> searchOfferable(Long categoryId, String text, PageQuery page) {
        var conditions = new ArrayList<Specification<Product>>();
        conditions.add(equal("status", ProductStatus.ACTIVE));
        conditions.add(supplierActive());
        if (categoryId != null) {
            conditions.add(equal("categoryId", categoryId));
        }
        if (text != null && !text.isBlank()) {
            conditions.add(nameContains(text));
        }
        return Pages.of(findAll(Specification.allOf(conditions), Pages.request(page, Sort.by("name", "id"))));
    }

    private static Specification<Product> equal(String attribute, Object value) {
        return (root, query, cb) -> cb.equal(root.get(attribute), value);
    }

    /** Case-insensitive; % and _ in the text are matched as themselves. */
    private static Specification<Product> nameContains(String text) {
        var pattern = "%" + text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return (root, query, cb) -> cb.like(cb.lower(root.get("name")), pattern, '\\');
    }

    /** A subquery rather than a join, so the count query stays as simple as the page query. */
    private static Specification<Product> supplierActive() {
        return (root, query, cb) -> {
            var active = query.subquery(Long.class);
            var supplier = active.from(Supplier.class);
            active.select(supplier.get("id")).where(cb.equal(supplier.get("status"), SupplierStatus.ACTIVE));
            return root.get("supplierId").in(active);
        };
    }
}
