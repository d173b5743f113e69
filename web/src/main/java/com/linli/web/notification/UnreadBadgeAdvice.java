package com.linli.web.notification;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.linli.domain.notification.NotificationService;
import com.linli.web.security.SignedInUser;

/** The unread count behind the bell in the navigation, on every page of a signed-in user. */
@ControllerAdvice(annotations = Controller.class)
class UnreadBadgeAdvice {

    private final NotificationService notifications;

    UnreadBadgeAdvice(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    long unread(@AuthenticationPrincipal SignedInUser me) {
        return me == null ? 0 : notifications.unread(me.getId());
    }
}
