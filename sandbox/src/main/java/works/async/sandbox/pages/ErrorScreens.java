package works.async.sandbox.pages;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import works.async.sandbox.auth.AuthFilter;
import works.async.sandbox.auth.CurrentUser;
import works.async.sandbox.host.SandboxUser;
import works.async.sandbox.host.UserStore;
import works.async.sandbox.http.SafeErrorPages;

/**
 * The container's error pages (an address no servlet serves, a method a servlet does not take, a request refused
 * with {@code sendError}) in the product's look. The container writes them after the sign-in filter has let go of
 * the request, so the viewer is looked up again from the session, for the header's navigation and name.
 */
public final class ErrorScreens implements SafeErrorPages.Pages {

    private final Chrome chrome;
    private final UserStore users;

    public ErrorScreens(Chrome chrome, UserStore users) {
        this.chrome = chrome;
        this.users = users;
    }

    @Override
    public String html(HttpServletRequest request, int status, String message) {
        if (CurrentUser.get().isPresent()) {
            return chrome.errorHtml(request, status, message);
        }
        Optional<SandboxUser> viewer = fromSession(request);
        viewer.ifPresent(CurrentUser::set);
        try {
            return chrome.errorHtml(request, status, message);
        } finally {
            if (viewer.isPresent()) {
                CurrentUser.clear();
            }
        }
    }

    private Optional<SandboxUser> fromSession(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        Object key = session == null ? null : session.getAttribute(AuthFilter.SESSION_USER);
        return key instanceof String k ? users.byKey(k) : Optional.empty();
    }
}
