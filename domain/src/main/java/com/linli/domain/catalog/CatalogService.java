package com.linli.domain.catalog;

import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.Paged;
import com.linli.domain.supplier.Supplier;
import com.linli.domain.supplier.Suppliers;

/** The catalog: categories and products, and which products leaders may offer. Admins' changes are audited. */
@Service
@Transactional
public class CatalogService {

    private final Categories categories;
    private final Products products;
    private final ProductImages images;
    private final Suppliers suppliers;
    private final AuditLog audit;
    private final Clock clock;

    CatalogService(Categories categories, Products products, ProductImages images, Suppliers suppliers,
                   AuditLog audit, Clock clock) {
        this.categories = categories;
        this.products = products;
        this.images = images;
        this.suppliers = suppliers;
        this.audit = audit;
        this.clock = clock;
    }

    // Categories

    /** Adds the category after the last one. @throws CategoryNameTaken */
    public Category createCategory(CategoryDetails details) {
        categories.lockForWriting();
        var name = details.name().strip();
        if (categories.existsByName(name)) {
            throw new CategoryNameTaken(name);
        }
        var position = categories.findFirstByOrderByPositionDesc().map(last -> last.getPosition() + 1).orElse(1);
        return audited(AuditAction.CATEGORY_CREATED, categories.save(Category.create(name, position, clock.instant())));
    }

    /** @throws CategoryNameTaken */
    public Category renameCategory(long id, CategoryDetails details) {
        categories.lockForWriting();
        var category = category(id);
        var name = details.name().strip();
        if (categories.existsByNameAndIdNot(name, id)) {
            throw new CategoryNameTaken(name);
        }
        var before = category.getName();
        category.rename(name, clock.instant());
        var renamed = categories.save(category);
        audit.record(AuditAction.CATEGORY_RENAMED, renamed.getId(), before + " → " + renamed.getName());
        return renamed;
    }

    /** Swaps it with the one above; the first stays first. */
    public void moveCategoryUp(long id) {
        categories.lockForWriting();
        var category = category(id);
        categories.findFirstByPositionLessThanOrderByPositionDesc(category.getPosition())
                .ifPresent(above -> swap(category, above));
        audited(AuditAction.CATEGORY_MOVED_UP, category);
    }

    /** Swaps it with the one below; the last stays last. */
    public void moveCategoryDown(long id) {
        categories.lockForWriting();
        var category = category(id);
        categories.findFirstByPositionGreaterThanOrderByPositionAsc(category.getPosition())
                .ifPresent(below -> swap(category, below));
        audited(AuditAction.CATEGORY_MOVED_DOWN, category);
    }

    private void swap(Category category, Category neighbour) {
        category.swapPositionWith(neighbour, clock.instant());
        categories.save(category);
        categories.save(neighbour);
    }

    private Category audited(AuditAction action, Category category) {
        audit.record(action, category.getId(), category.getName());
        return category;
    }

    @Transactional(readOnly = true)
    public List<Category> categories() {
        return categories.findAllByOrderByPositionAsc();
    }

    @Transactional(readOnly = true)
    public Category category(long id) {
        return categories.findById(id).orElseThrow(() -> new NotFound("category", id));
    }

    // Products

    /**
     * @throws PriceOutOfBounds, ImageRefused (an image URL that is not https), SupplierInactive,
     *         NotFound (supplier, category)
     */
    public Product createProduct(ProductDetails details) {
        checkReferences(details, null);
        return audited(AuditAction.PRODUCT_CREATED, products.save(Product.create(details, clock.instant())));
    }

    /** With an uploaded image, which is checked before anything is saved. @throws ImageRefused as well */
    public Product createProduct(ProductDetails details, byte[] image) {
        var uploaded = UploadedImage.decode(image);
        var product = createProduct(details);
        return attach(product, uploaded);
    }

    /** An image URL in the details replaces an uploaded image; without one, an uploaded image stays. */
    public Product editProduct(long id, ProductDetails details) {
        var product = product(id);
        checkReferences(details, product.getSupplierId());
        var hadUploadedImage = product.hasUploadedImage();
        product.edit(details, clock.instant());
        if (hadUploadedImage && !product.hasUploadedImage()) {
            images.deleteById(product.getId());
        }
        return audited(AuditAction.PRODUCT_EDITED, products.save(product));
    }

    /** With a new uploaded image, which replaces the old image, whatever it was. */
    public Product editProduct(long id, ProductDetails details, byte[] image) {
        var uploaded = UploadedImage.decode(image);
        var product = editProduct(id, details);
        return attach(product, uploaded);
    }

    private Product attach(Product product, UploadedImage uploaded) {
        var now = clock.instant();
        images.save(ProductImage.of(product.getId(), uploaded, now));
        product.useUploadedImage(uploaded.checksum(), now);
        return products.save(product);
    }

    /** Category and supplier exist; the supplier is active, unless it is the one the product already has. */
    private void checkReferences(ProductDetails details, Long ownSupplierId) {
        category(details.categoryId());
        var supplier = supplier(details.supplierId());
        if (!supplier.isActive() && !supplier.getId().equals(ownSupplierId)) {
            throw new SupplierInactive(supplier.getName());
        }
    }

    public Product archiveProduct(long id) {
        var product = product(id);
        product.archive(clock.instant());
        return audited(AuditAction.PRODUCT_ARCHIVED, products.save(product));
    }

    public Product reactivateProduct(long id) {
        var product = product(id);
        product.reactivate(clock.instant());
        return audited(AuditAction.PRODUCT_REACTIVATED, products.save(product));
    }

    private Product audited(AuditAction action, Product product) {
        audit.record(action, product.getId(), product.getName());
        return product;
    }

    @Transactional(readOnly = true)
    public Product product(long id) {
        return products.findById(id).orElseThrow(() -> new NotFound("product", id));
    }

    /** A page of products with their suppliers and categories, loaded for the whole page in two queries. */
    @Transactional(readOnly = true)
    public Paged<ProductListing> searchProducts(ProductFilter filter, PageQuery page) {
        var found = products.search(filter, page);
        var supplierById = byId(suppliers.findAllById(ids(found, Product::getSupplierId)), Supplier::getId);
        var categoryById = byId(categories.findAllById(ids(found, Product::getCategoryId)), Category::getId);
        return found.map(product -> new ProductListing(product, supplierById.get(product.getSupplierId()),
                categoryById.get(product.getCategoryId())));
    }

    private static Set<Long> ids(Paged<Product> products, Function<Product, Long> id) {
        return products.items().stream().map(id).collect(Collectors.toSet());
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The uploaded image, for {@code /images/products/{id}}. @throws NotFound when it has none */
    @Transactional(readOnly = true)
    public StoredImage productImage(long productId) {
        return images.findOriginal(productId).orElseThrow(() -> new NotFound("product image", productId));
    }

    @Transactional(readOnly = true)
    public StoredImage productThumbnail(long productId) {
        return images.findThumbnail(productId).orElseThrow(() -> new NotFound("product image", productId));
    }

    // For group-buys

    /**
     * The product, if a leader may put it into a new group-buy: it is active and so is its supplier.
     *
     * @throws ProductNotOfferable when it is archived or its supplier is inactive
     * @throws NotFound when there is no such product
     */
    @Transactional(readOnly = true)
    public Product offerableProduct(long productId) {
        var product = product(productId);
        if (!product.isActive()) {
            throw ProductNotOfferable.archived(product.getName());
        }
        var supplier = supplier(product.getSupplierId());
        if (!supplier.isActive()) {
            throw ProductNotOfferable.supplierInactive(product.getName(), supplier.getName());
        }
        return product;
    }

    /** What a leader can pick from when posting a group-buy, by name; null category or blank text: all. */
    /**
     * What a leader picks from in the group-buy form: the products already chosen in it, offerable or
     * not (so a draft shows what it holds, and publishing says why one is refused), then a page of the
     * offerable ones whose name holds the text.
     */
    @Transactional(readOnly = true)
    public List<Product> choices(Collection<Long> chosen, String text, PageQuery page) {
        var choices = new LinkedHashMap<Long, Product>();
        chosen.forEach(id -> products.findById(id).ifPresent(product -> choices.put(id, product)));
        offerableProducts(null, text, page).items().forEach(product -> choices.putIfAbsent(product.getId(), product));
        return List.copyOf(choices.values());
    }

    @Transactional(readOnly = true)
    public Paged<Product> offerableProducts(Long categoryId, String text, PageQuery page) {
        return products.searchOfferable(categoryId, text, page);
    }

    private Supplier supplier(long id) {
        return suppliers.findById(id).orElseThrow(() -> new NotFound("supplier", id));
    }
}
