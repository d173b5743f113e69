package com.linli.web.commission;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.commission.CommissionRejected;
import com.linli.domain.commission.CommissionRuleService;
import com.linli.domain.shared.BusinessTime;
import com.linli.domain.shared.NotFound;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;
import com.linli.web.shared.Dates;

/**
 * 佣金规则 in the back office: the rules planned and in force (or ended), a form to add one, ending
 * one, and for a product and a leader which rule applies today and why.
 */
@Controller
@RequestMapping("/admin/commission-rules")
class AdminCommissionRuleController {

    private static final String LIST = "commission/admin-rules";
    private static final String FORM = "commission/admin-rule-form";
    private static final String EXPLAIN = "commission/admin-rule-explain";
    private static final String REDIRECT_TO_LIST = "redirect:/admin/commission-rules";

    private final CommissionRuleService rules;
    private final Clock clock;

    AdminCommissionRuleController(CommissionRuleService rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "false") boolean ended, @RequestParam(defaultValue = "0") int page,
                Model model) {
        model.addAttribute("ended", ended);
        model.addAttribute("rules", rules.list(ended, PageQuery.of(page)));
        return LIST;
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        model.addAttribute("rule", RuleForm.startingOn(today()));
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("rule") RuleForm form, BindingResult result, Model model,
                               RedirectAttributes redirect) {
        if (!result.hasErrors() && form.scope().hasTarget() && form.targetId() == null) {
            result.rejectValue(RuleForm.targetField(form.scope()), "validation.required");
        }
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            rules.create(form.toTerms());
        } catch (CommissionRejected e) {
            var field = field(e.code(), form);
            if (field == null) {
                result.reject(e.code(), e.arguments(), null);
            } else {
                result.rejectValue(field, e.code(), e.arguments(), null);
            }
            return form(model);
        }
        redirect.addFlashAttribute("message", "commission.rule.created");
        return REDIRECT_TO_LIST;
    }

    /** The last day it is in force; the list comes back saying why when that cannot be. */
    @PostMapping("/{id}/end")
    ModelAndView end(@PathVariable long id, @RequestParam(defaultValue = "") @PlainText String lastDay,
                     RedirectAttributes redirect) {
        try {
            rules.end(id, Dates.date(lastDay));
        } catch (NotFound e) {
            throw e;
        } catch (CommissionRejected e) {
            var page = new ModelAndView(LIST);
            page.addObject("ended", false);
            page.addObject("rules", rules.list(false, PageQuery.of(0)));
            page.addObject("rejection", e);
            page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
            return page;
        }
        redirect.addFlashAttribute("message", "commission.rule.ended");
        return new ModelAndView(REDIRECT_TO_LIST);
    }

    /** Without a product and a leader chosen, the form alone. */
    @GetMapping("/explain")
    String explain(@RequestParam(required = false) Long product, @RequestParam(required = false) Long leader,
                   Model model) {
        model.addAttribute("choices", rules.choices());
        model.addAttribute("product", product);
        model.addAttribute("leader", leader);
        if (product != null && leader != null) {
            model.addAttribute("explanation", rules.explain(product, leader));
        }
        return EXPLAIN;
    }

    private String form(Model model) {
        model.addAttribute("choices", rules.choices());
        return FORM;
    }

    /** The field a rejection is about; null for the rule as a whole. */
    private static String field(String code, RuleForm form) {
        return switch (code) {
            case "commission.rate-invalid" -> "rate";
            case "commission.target-required", "commission.target-unknown" -> RuleForm.targetField(form.scope());
            case "commission.first-day-past", "commission.first-day-too-far" -> "firstDay";
            case "commission.last-day-before-first", "commission.last-day-too-far" -> "lastDay";
            default -> null;
        };
    }

    private LocalDate today() {
        return clock.instant().atZone(BusinessTime.ZONE).toLocalDate();
    }
}
