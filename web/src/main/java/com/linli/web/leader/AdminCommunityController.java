package com.linli.web.leader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.linli.domain.community.CommunityService;
import com.linli.domain.leader.LeaderService;
import com.linli.domain.shared.PageQuery;
import com.linli.domain.shared.PlainText;

/** Admins see every community with its leader, and suspend or reinstate either. */
@Controller
class AdminCommunityController {

    private static final String COMMUNITIES = "leader/admin-communities";
    private static final String BACK = "redirect:/admin/communities";

    private final LeaderService leaders;
    private final CommunityService communities;

    AdminCommunityController(LeaderService leaders, CommunityService communities) {
        this.leaders = leaders;
        this.communities = communities;
    }

    @GetMapping("/admin/communities")
    String communities(@RequestParam(defaultValue = "") @PlainText String city, @RequestParam(defaultValue = "0") int page,
                       Model model) {
        model.addAttribute("city", city);
        model.addAttribute("cities", communities.cities());
        model.addAttribute("overview", leaders.communities(city, PageQuery.of(page)));
        return COMMUNITIES;
    }

    @PostMapping("/admin/communities/{id}/suspend")
    String suspendCommunity(@PathVariable long id, RedirectAttributes redirect) {
        communities.suspend(id);
        redirect.addFlashAttribute("message", "community.suspended.done");
        return BACK;
    }

    @PostMapping("/admin/communities/{id}/reinstate")
    String reinstateCommunity(@PathVariable long id, RedirectAttributes redirect) {
        communities.reinstate(id);
        redirect.addFlashAttribute("message", "community.reinstated.done");
        return BACK;
    }

    @PostMapping("/admin/leaders/{id}/suspend")
    String suspendLeader(@PathVariable long id, RedirectAttributes redirect) {
        leaders.suspend(id);
        redirect.addFlashAttribute("message", "leader.suspended.done");
        return BACK;
    }

    @PostMapping("/admin/leaders/{id}/reinstate")
    String reinstateLeader(@PathVariable long id, RedirectAttributes redirect) {
        leaders.reinstate(id);
        redirect.addFlashAttribute("message", "leader.reinstated.done");
        return BACK;
    }
}
