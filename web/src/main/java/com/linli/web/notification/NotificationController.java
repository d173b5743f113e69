package com.linli.web.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.linli.domain.notification.NotificationService;
import com.linli.web.security.SignedInUser;

/** What happened to my orders; opening the page marks everything read. */
@Controller
class NotificationController {

    private static final String LIST = "notification/list";

    private final NotificationService notifications;

    NotificationController(NotificationService notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal SignedInUser me, Model model) {
        model.addAttribute("notifications", notifications.latest(me.getId()));
        notifications.markAllRead(me.getId());
        return LIST;
    }
}
