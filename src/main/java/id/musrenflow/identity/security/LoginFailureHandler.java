package id.musrenflow.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/** Sends the user back to the sign-in page, saying whether the password was wrong or the account is locked. */
class LoginFailureHandler implements AuthenticationFailureHandler {

    static final String LOCKED_UNTIL = LockoutAuthenticationProvider.LOCKED_UNTIL_SESSION_KEY;

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof LockoutAuthenticationProvider.AccountLockedException locked) {
            request.getSession().setAttribute(LOCKED_UNTIL, locked.until());
            response.sendRedirect(request.getContextPath() + "/login?locked");
        } else if (exception instanceof org.springframework.security.authentication.DisabledException) {
            response.sendRedirect(request.getContextPath() + "/login?disabled");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?error");
        }
    }
}
