package com.linli.web.notification;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;

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
    long unread(@AuthenticationPrincipal SignedInUser me, HttpServletRequest request) {
        return me == null || answersWithData(request) ? 0 : notifications.unread(me.getId());
    }

    /** An API call answers with data, not a page with a bell: its count would be a query for nothing. */
    private static boolean answersWithData(HttpServletRequest request) {
        return request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE) instanceof HandlerMethod handler
                && AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), ResponseBody.class);
    }
}
