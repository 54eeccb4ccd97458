package dev.tandem.identity;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** A failed log-in goes back to the form with the address kept; a throttled one answers 429. */
@Component
class LoginFailureHandler implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException, ServletException {
        if (exception instanceof PasswordLogin.Throttled throttled) {
            request.setAttribute(SignedIn.THROTTLED_RETRY_AFTER, throttled.retryAfter());
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(
                    HttpHeaders.RETRY_AFTER,
                    Long.toString(throttled.retryAfter().toSeconds()));
            request.getRequestDispatcher("/login/throttled").forward(request, response);
            return;
        }
        if (exception instanceof PasswordLogin.PasswordOff) {
            response.sendRedirect("/login?passwordOff");
            return;
        }
        String email = request.getParameter("email");
        email = email == null || email.length() > User.EMAIL_LENGTH ? "" : email;
        response.sendRedirect(UriComponentsBuilder.fromPath("/login")
                .queryParam("error")
                .queryParam("email", email)
                .encode()
                .build()
                .toUriString());
    }
}
