package com.linli.web.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.ImageRefused;
import com.linli.domain.catalog.PriceOutOfBounds;
import com.linli.domain.catalog.ProductFilter;
import com.linli.domain.catalog.ProductStatus;
import com.linli.domain.catalog.SupplierInactive;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;
import com.linli.domain.supplier.SupplierService;

/** The product catalog for admins: filtered list, create and edit with an image, archive and reactivate. */
@Controller
@RequestMapping("/admin/products")
class ProductController {

    private static final String LIST = "catalog/products";
    private static final String FORM = "catalog/product-form";
    private static final String REDIRECT_TO_LIST = "redirect:/admin/products";

    private final CatalogService catalog;
    private final SupplierService suppliers;

    ProductController(CatalogService catalog, SupplierService suppliers) {
        this.catalog = catalog;
        this.suppliers = suppliers;
    }

    @GetMapping
    String list(@RequestParam(required = false) Long supplierId, @RequestParam(required = false) Long categoryId,
                @RequestParam(required = false) ProductStatus status, @RequestParam(defaultValue = "") @PlainText String q,
                @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("supplierId", supplierId);
        model.addAttribute("categoryId", categoryId);
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", ProductStatus.values());
        model.addAttribute("products",
                catalog.searchProducts(new ProductFilter(supplierId, categoryId, status, q), PageQuery.of(page)));
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("suppliers", suppliers.all());
        return LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("product", ProductForm.empty());
        return form(model, null);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("product") ProductForm form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        if (!saved(null, form, result)) {
            return form(model, null);
        }
        redirect.addFlashAttribute("message", "product.created");
        return REDIRECT_TO_LIST;
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        var product = catalog.product(id);
        model.addAttribute("current", product);
        model.addAttribute("product", ProductForm.of(product.details()));
        return form(model, product.getSupplierId());
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("product") ProductForm form,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        if (!saved(id, form, result)) {
            var product = catalog.product(id);
            model.addAttribute("current", product);
            return form(model, product.getSupplierId());
        }
        redirect.addFlashAttribute("message", "product.updated");
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        catalog.archiveProduct(id);
        redirect.addFlashAttribute("message", "product.archived");
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        catalog.reactivateProduct(id);
        redirect.addFlashAttribute("message", "product.reactivated");
        return REDIRECT_TO_LIST;
    }

    /** Creates (no id) or edits the product; a rejection lands on the field it is about. */
    private boolean saved(Long id, ProductForm form, BindingResult result) {
        if (result.hasErrors()) {
            return false;
        }
        var details = form.toDetails();
        try {
            if (id == null && form.hasImage()) {
                catalog.createProduct(details, bytes(form.image()));
            } else if (id == null) {
                catalog.createProduct(details);
            } else if (form.hasImage()) {
                catalog.editProduct(id, details, bytes(form.image()));
            } else {
                catalog.editProduct(id, details);
            }
            return true;
        } catch (PriceOutOfBounds e) {
            result.rejectValue(ProductForm.field(e.price()), e.code(), e.arguments(), null);
        } catch (ImageRefused e) {
            result.rejectValue(form.hasImage() ? "image" : "imageUrl", e.code(), e.arguments(), null);
        } catch (SupplierInactive e) {
            result.rejectValue("supplierId", e.code(), e.arguments(), null);
        }
        return false;
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The form offers active suppliers only, and the product's own (null for a new one) even when inactive. */
    private String form(Model model, Long ownSupplierId) {
        model.addAttribute("categories", catalog.categories());
        model.addAttribute("suppliers", suppliers.choosable(ownSupplierId));
        return FORM;
    }
}
