package com.linli.web.leader;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.leader.AlreadyALeader;
import com.linli.domain.leader.ApplicationAlreadyPending;
import com.linli.domain.leader.ApplicationStatus;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.leader.Proposal;
import com.linli.domain.leader.SubmitApplication;
import com.linli.web.security.Reauthentication;
import com.linli.web.security.SignedInUser;

/** A member applies to become a leader and follows the decision. Outside /leader/**, which needs LEADER. */
@Controller
@RequestMapping("/leader-application")
class LeaderApplicationController {

    private static final String APPLICATION = "leader/application";

    private final LeaderService leaders;
    private final Reauthentication reauthentication;

    LeaderApplicationController(LeaderService leaders, Reauthentication reauthentication) {
        this.leaders = leaders;
        this.reauthentication = reauthentication;
    }

    @GetMapping
    String initApplicationForm(@ModelAttribute("proposal") Proposal proposal, @AuthenticationPrincipal SignedInUser me,
                               Model model) {
        return application(me, model);
    }

    @PostMapping
    String processApplicationForm(@Valid @ModelAttribute("proposal") Proposal proposal, BindingResult result,
                                  @AuthenticationPrincipal SignedInUser me, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return application(me, model);
        }
        try {
            leaders.submit(new SubmitApplication(me.getId(), proposal));
        } catch (ApplicationAlreadyPending | AlreadyALeader e) {
            model.addAttribute("refusal", e.code());
            return application(me, model);
        }
        redirect.addFlashAttribute("message", "leader.application.submitted");
        return "redirect:/leader-application";
    }

    /** The approved applicant's way in: their session learns the LEADER role without signing in again. */
    @GetMapping("/workspace")
    String openWorkspace(@AuthenticationPrincipal SignedInUser me, HttpServletRequest request,
                         HttpServletResponse response) {
        reauthentication.refresh(me, request, response);
        return "redirect:/leader";
    }

    private String application(SignedInUser me, Model model) {
        var latest = leaders.latestApplicationOf(me.getId()).orElse(null);
        model.addAttribute("latest", latest);
        model.addAttribute("mayApply", latest == null || latest.getStatus() == ApplicationStatus.REJECTED);
        return APPLICATION;
    }
}
