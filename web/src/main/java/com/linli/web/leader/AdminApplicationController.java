package com.linli.web.leader;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.leader.ApproveApplication;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.leader.RejectApplication;
import com.linli.domain.leader.RejectionReasonRequired;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;
import com.linli.web.security.SignedInUser;

/** Admins decide on leader applications: approve, or reject with a reason the applicant sees. */
@Controller
@RequestMapping("/admin/leader-applications")
class AdminApplicationController {

    private static final String APPLICATIONS = "leader/admin-applications";

    private final LeaderService leaders;

    AdminApplicationController(LeaderService leaders) {
        this.leaders = leaders;
    }

    @GetMapping
    String applications(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("pending", leaders.pendingApplications(PageQuery.of(page)));
        model.addAttribute("decided", leaders.recentlyDecidedApplications());
        return APPLICATIONS;
    }

    @PostMapping("/{id}/approve")
    String approve(@PathVariable long id, @AuthenticationPrincipal SignedInUser me, RedirectAttributes redirect) {
        leaders.approve(new ApproveApplication(id, me.getId()));
        redirect.addFlashAttribute("message", "leader.application.approved");
        return "redirect:/admin/leader-applications";
    }

    /** Without a reason, the list comes back on the same page with the message under that application's reason. */
    @PostMapping("/{id}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") @PlainText(multiline = true) String reason,
                  @RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInUser me, Model model,
                  RedirectAttributes redirect) {
        try {
            leaders.reject(new RejectApplication(id, me.getId(), reason));
        } catch (RejectionReasonRequired e) {
            model.addAttribute("refusedId", id);
            model.addAttribute("refusal", e.code());
            model.addAttribute("reason", reason);
            return applications(page, model);
        }
        redirect.addFlashAttribute("message", "leader.application.rejected");
        return "redirect:/admin/leader-applications";
    }
}
