package com.linli.web.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.linli.domain.audit.AuditAction;
import com.linli.domain.audit.AuditLog;
import com.linli.domain.audit.AuditTarget;
import com.linli.domain.shared.PageQuery;

/** Admins search the audit log, newest first; only admins reach {@code /admin/**}. */
@Controller
@RequestMapping("/admin/audit")
class AdminAuditController {

    private static final String LOG = "audit/list";

    private final AuditLog audit;

    AdminAuditController(AuditLog audit) {
        this.audit = audit;
    }

    /** A field that does not parse is shown as wrong and does not filter; the rest still do. */
    @GetMapping
    String search(@ModelAttribute("search") AuditSearch search, BindingResult result,
                  @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("targets", AuditTarget.values());
        model.addAttribute("entries", audit.search(search.filter(), PageQuery.of(page)));
        return LOG;
    }
}
