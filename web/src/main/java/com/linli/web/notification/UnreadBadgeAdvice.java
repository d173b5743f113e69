package com.linli.web.notification;

import java.util.function.LongSupplier;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import com.linli.domain.notification.NotificationService;
import com.linli.web.security.SignedInUser;

/**
 * The unread count behind the bell in the navigation, on every page of a signed-in user. It is counted
 * only when a page shows it, so downloads, images and redirects do not count.
 */
@ControllerAdvice(annotations = Controller.class)
class UnreadBadgeAdvice {

    private final NotificationService notifications;

    UnreadBadgeAdvice(NotificationService notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute("unreadNotifications")
    UnreadCount unread(@AuthenticationPrincipal SignedInUser me) {
        return new UnreadCount(me == null ? () -> 0 : () -> notifications.unread(me.getId()));
    }

    /** Counted on first use, once. */
    static final class UnreadCount {

        private final LongSupplier counter;
        private Long count;

        private UnreadCount(LongSupplier counter) {
            this.counter = counter;
        }

        public long count() {
            if (count == null) {
                count = counter.getAsLong();
            }
            return count;
        }
    }
}
