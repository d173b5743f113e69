package com.linli;

import java.util.concurrent.atomic.AtomicInteger;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.Category;
import com.linli.domain.catalog.CategoryDetails;
import com.linli.domain.catalog.Product;
import com.linli.domain.catalog.ProductDetails;
import com.linli.domain.shared.Money;
import com.linli.domain.supplier.Supplier;
import com.linli.domain.supplier.SupplierDetails;
import com.linli.domain.supplier.SupplierService;

/** Suppliers, categories and products for tests, each with a name no other test uses. */
final class CatalogFixtures {

    private static final AtomicInteger sequence = new AtomicInteger();

    private final SupplierService suppliers;
    private final CatalogService catalog;

    CatalogFixtures(SupplierService suppliers, CatalogService catalog) {
        this.suppliers = suppliers;
        this.catalog = catalog;
    }

    static String unique(String name) {
        return name + " " + sequence.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }

    Supplier supplier() {
        return suppliers.create(new SupplierDetails(unique("青岛海鲜"), "王经理", "13800001111", "青岛市", "月结"));
    }

    Category category() {
        return catalog.createCategory(new CategoryDetails(unique("水果")));
    }

    Product product(Supplier supplier, Category category) {
        return catalog.createProduct(new ProductDetails(unique("丹东草莓"), category.getId(), supplier.getId(), "盒",
                "500g", Money.parseYuan("8.00"), Money.parseYuan("9.90"), Money.parseYuan("12.50"), null));
    }
}
