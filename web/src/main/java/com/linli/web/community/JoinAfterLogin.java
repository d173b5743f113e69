package com.linli.web.community;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

import com.linli.domain.community.CommunityService;
import com.linli.domain.community.JoinCommunity;
import com.linli.domain.shared.DomainException;
import com.linli.web.security.SignedInUser;

/**
 * After sign-in: completes a join started from an invite link and lands on the community's home;
 * otherwise goes where the user was heading, or home.
 */
@Component
class JoinAfterLogin implements AuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(JoinAfterLogin.class);

    private final CommunityService communities;
    private final SavedRequestAwareAuthenticationSuccessHandler otherwise = new SavedRequestAwareAuthenticationSuccessHandler();

    JoinAfterLogin(CommunityService communities) {
        this.communities = communities;
        otherwise.setDefaultTargetUrl("/");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        var pending = PendingJoin.takeFrom(request.getSession(false));
        if (pending == null || !(authentication.getPrincipal() instanceof SignedInUser me)) {
            otherwise.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        try {
            var community = communities.byInviteCode(pending.code());
            communities.join(new JoinCommunity(community.getId(), me.getId(), pending.ref()));
            response.sendRedirect(request.getContextPath() + "/c/" + community.getId());
        } catch (DomainException e) {
            // the code was regenerated or the community suspended meanwhile: the invite page says which
            log.info("Pending join of user {} not completed: {}", me.getId(), e.code());
            response.sendRedirect(request.getContextPath() + "/join/" + pending.code());
        }
    }
}
