package com.linli.web.notification;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import com.linli.domain.notification.NotificationService;
import com.linli.web.security.SignedInUser;

/**
 * The unread count behind the bell in the navigation: {@code ${@unreadBadge.count()}}, asked by the layout,
 * so only a page that shows the bell counts. As a controller advice's model attribute it was made for every
 * handler, each call of the REST API included.
 */
@Component("unreadBadge")
public class UnreadBadge {

    private final NotificationService notifications;

    UnreadBadge(NotificationService notifications) {
        this.notifications = notifications;
    }

    public long count() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser me
                ? notifications.unread(me.getId()) : 0;
    }
}
