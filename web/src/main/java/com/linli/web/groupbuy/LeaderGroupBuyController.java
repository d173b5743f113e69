package com.linli.web.groupbuy;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.catalog.CatalogService;
import com.linli.domain.groupbuy.CutoffService;
import com.linli.domain.groupbuy.GroupBuy;
import com.linli.domain.groupbuy.GroupBuyService;
import com.linli.domain.order.OrderPages;
import com.linli.domain.shared.DomainException;
import com.linli.domain.shared.PageQuery;
import com.linli.web.security.SignedInUser;

/** The leader's group-buys: post from the catalog, revise drafts, publish, close early, cancel, copy. */
@Controller
@RequestMapping("/leader/group-buys")
class LeaderGroupBuyController {

    private static final String LIST = "groupbuy/leader-list";
    private static final String FORM = "groupbuy/leader-form";
    private static final String SHOW = "groupbuy/leader-show";
    /** As many as a phone's list can take; a search finds the others. */
    private static final PageQuery PRODUCTS_OFFERED = new PageQuery(0, PageQuery.MAX_SIZE);

    private final GroupBuyService groupBuys;
    private final CutoffService cutoff;
    private final OrderPages pages;
    private final CatalogService catalog;

    LeaderGroupBuyController(GroupBuyService groupBuys, CutoffService cutoff, OrderPages pages,
                             CatalogService catalog) {
        this.groupBuys = groupBuys;
        this.cutoff = cutoff;
        this.pages = pages;
        this.catalog = catalog;
    }

    /** Item rows beyond the form's (items[300].price) are refused, not grown into the list. */
    @InitBinder("form")
    void limitRows(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(GroupBuyForm.ROWS);
    }

    @GetMapping
    String list(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("groupBuys", groupBuys.ofLeader(me.getId()));
        return LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        return form(model, GroupBuyForm.empty(), null);
    }

    @PostMapping
    String processCreationForm(@AuthenticationPrincipal SignedInUser me, @Valid @ModelAttribute("form") GroupBuyForm form,
                               BindingResult result, Model model, RedirectAttributes redirect) {
        var items = form.itemRequests(result);
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            var draft = groupBuys.draft(me.getId(), form.details(), items);
            redirect.addFlashAttribute("message", "groupbuy.saved");
            return "redirect:/leader/group-buys/" + draft.getId();
        } catch (DomainException e) {
            result.reject(e.code(), e.arguments(), null);
            return form(model, form, null);
        }
    }

    /**
     * The form back as filled, its rows offering the products that match the search: nothing is saved,
     * and only a search that cannot be read is told (the rest is checked on saving).
     */
    @PostMapping(params = "search")
    String searchCatalogForCreation(@Valid @ModelAttribute("form") GroupBuyForm form, BindingResult result,
                                    Model model) {
        return form(model, searchOnly(form, result, model), null);
    }

    @PostMapping(value = "/{id}", params = "search")
    String searchCatalogForUpdate(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                                  @Valid @ModelAttribute("form") GroupBuyForm form, BindingResult result, Model model) {
        return form(model, searchOnly(form, result, model), groupBuys.own(me.getId(), id));
    }

    @GetMapping("/{id}")
    String show(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                @RequestParam(defaultValue = "0") int page, Model model) {
        var live = pages.liveList(me.getId(), id, PageQuery.of(page));
        model.addAttribute("groupBuy", live.groupBuy());
        model.addAttribute("chain", live.chain());
        return SHOW;
    }

    /** A draft's form; anything else goes back to its page, which says why it cannot be edited. */
    @GetMapping("/{id}/edit")
    String initUpdateForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model,
                          RedirectAttributes redirect) {
        var groupBuy = groupBuys.own(me.getId(), id);
        if (!groupBuy.isRevisable()) {
            redirect.addFlashAttribute("refusal", "groupbuy.edit.drafts-only");
            return "redirect:/leader/group-buys/" + id;
        }
        return form(model, GroupBuyForm.of(groupBuy), groupBuy);
    }

    @PostMapping("/{id}")
    String processUpdateForm(@AuthenticationPrincipal SignedInUser me, @PathVariable long id,
                             @Valid @ModelAttribute("form") GroupBuyForm form, BindingResult result, Model model,
                             RedirectAttributes redirect) {
        var groupBuy = groupBuys.own(me.getId(), id);
        var items = form.itemRequests(result);
        if (result.hasErrors()) {
            return form(model, form, groupBuy);
        }
        try {
            groupBuys.revise(me.getId(), id, form.details(), items);
            redirect.addFlashAttribute("message", "groupbuy.saved");
            return "redirect:/leader/group-buys/" + id;
        } catch (DomainException e) {
            result.reject(e.code(), e.arguments(), null);
            return form(model, form, groupBuy);
        }
    }

    @PostMapping("/{id}/publish")
    String publish(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        groupBuys.publish(me.getId(), id);
        redirect.addFlashAttribute("message", "groupbuy.published");
        return "redirect:/leader/group-buys/" + id;
    }

    @PostMapping("/{id}/close")
    String closeEarly(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        cutoff.close(groupBuys.own(me.getId(), id).getId());
        redirect.addFlashAttribute("message", "groupbuy.closed");
        return "redirect:/leader/group-buys/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, RedirectAttributes redirect) {
        groupBuys.cancel(me.getId(), id);
        redirect.addFlashAttribute("message", "groupbuy.cancelled");
        return "redirect:/leader/group-buys/" + id;
    }

    /** A new draft from a past group-buy, dated like it but a week on, to adjust before saving. */
    @PostMapping("/{id}/copy")
    String copy(@AuthenticationPrincipal SignedInUser me, @PathVariable long id, Model model) {
        var form = GroupBuyForm.of(groupBuys.own(me.getId(), id));
        form.setClosesAt(form.getClosesAt().plusWeeks(1));
        form.setPickupDate(form.getPickupDate().plusWeeks(1));
        return form(model, form, null);
    }

    private String form(Model model, GroupBuyForm form, GroupBuy editing) {
        form.fillRows();
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("products", catalog.choices(form.chosenProductIds(), form.getProductSearch(), PRODUCTS_OFFERED));
        return FORM;
    }

    /** The page tells only what the search itself did wrong, and a search it cannot read finds everything. */
    private static GroupBuyForm searchOnly(GroupBuyForm form, BindingResult result, Model model) {
        var searchErrors = new BeanPropertyBindingResult(form, "form");
        var refused = result.getFieldError("productSearch");
        if (refused != null) {
            searchErrors.addError(refused);
            form.setProductSearch(null);
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", searchErrors);
        return form;
    }
}
