package com.linli.web.catalog;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.catalog.CategoryDetails;
import com.linli.domain.catalog.CategoryNameTaken;

/** The categories in their order: the list holds the creation form; renaming has its own page. */
@Controller
@RequestMapping("/admin/categories")
class CategoryController {

    private static final String LIST = "catalog/categories";
    private static final String RENAME_FORM = "catalog/category-form";
    private static final String REDIRECT_TO_LIST = "redirect:/admin/categories";

    private final CatalogService catalog;

    CategoryController(CatalogService catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    String initCreationForm(Model model) {
        model.addAttribute("category", new CategoryDetails(""));
        model.addAttribute("categories", catalog.categories());
        return LIST;
    }

    @PostMapping
    String processCreationForm(@Valid @ModelAttribute("category") CategoryDetails details, BindingResult result,
                               Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                catalog.createCategory(details);
                redirect.addFlashAttribute("message", "category.created");
                return REDIRECT_TO_LIST;
            } catch (CategoryNameTaken e) {
                result.rejectValue("name", e.code(), e.arguments(), null);
            }
        }
        model.addAttribute("categories", catalog.categories());
        return LIST;
    }

    @GetMapping("/{id}/edit")
    String initRenameForm(@PathVariable long id, Model model) {
        model.addAttribute("categoryId", id);
        model.addAttribute("category", new CategoryDetails(catalog.category(id).getName()));
        return RENAME_FORM;
    }

    @PostMapping("/{id}/edit")
    String processRenameForm(@PathVariable long id, @Valid @ModelAttribute("category") CategoryDetails details,
                             BindingResult result, Model model, RedirectAttributes redirect) {
        model.addAttribute("categoryId", id);
        if (result.hasErrors()) {
            return RENAME_FORM;
        }
        try {
            catalog.renameCategory(id, details);
        } catch (CategoryNameTaken e) {
            result.rejectValue("name", e.code(), e.arguments(), null);
            return RENAME_FORM;
        }
        redirect.addFlashAttribute("message", "category.renamed");
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{id}/up")
    String moveUp(@PathVariable long id) {
        catalog.moveCategoryUp(id);
        return REDIRECT_TO_LIST;
    }

    @PostMapping("/{id}/down")
    String moveDown(@PathVariable long id) {
        catalog.moveCategoryDown(id);
        return REDIRECT_TO_LIST;
    }
}
