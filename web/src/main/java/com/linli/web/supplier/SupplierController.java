package com.linli.web.supplier;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;
import com.linli.domain.supplier.SupplierDetails;
import com.linli.domain.supplier.SupplierService;

/** Admins keep the suppliers: search, create, edit, deactivate and reactivate. */
@Controller
@RequestMapping("/admin/suppliers")
class SupplierController {

    private static final String LIST = "supplier/list";
    private static final String FORM = "supplier/form";
    private static final String REDIRECT_TO_LIST = "redirect:/admin/suppliers";

    private final SupplierService suppliers;

    SupplierController(SupplierService suppliers) {
        this.suppliers = suppliers;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") @PlainText String q, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("q", q);
        model.addAttribute("suppliers", suppliers.search(q, PageQuery.of(page)));
        return LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("supplier", SupplierDetails.empty());
        return FORM;
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("supplier") SupplierDetails details, BindingResult result,
                               RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        suppliers.create(details);
        redirect.addFlashAttribute("message", "supplier.created");
        return REDIRECT_TO_LIST;
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable long id, Model model) {
        var supplier = suppliers.supplier(id);
        model.addAttribute("current", supplier);
        model.addAttribute("supplier", supplier.details());
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable long id, @Valid @ModelAttribute("supplier") SupplierDetails details,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("current", suppliers.supplier(id));
            return FORM;
        }
        suppliers.edit(id, details);
        redirect.addFlashAttribute("message", "supplier.updated");
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        suppliers.deactivate(id);
        redirect.addFlashAttribute("message", "supplier.deactivated");
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{id}/reactivate")
    String reactivate(@PathVariable long id, RedirectAttributes redirect) {
        suppliers.reactivate(id);
        redirect.addFlashAttribute("message", "supplier.reactivated");
        return REDIRECT_TO_LIST;
    }
}
