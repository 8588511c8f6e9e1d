package id.musrenflow.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until start-up has finished (the engine's grants, the demo users and the season are in place: Spring's readiness
 * turns to accepting traffic after every start-up runner), every page answers 503 "starting, try again in a
 * moment" instead of a sign-in page on which the first sign-in fails. Health probes still answer.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartingUpFilter extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 5;

    private static final String PAGE = """
            <!doctype html>
            <html lang="id"><head><meta charset="utf-8"><meta http-equiv="refresh" content="%d">
            <meta name="viewport" content="width=device-width, initial-scale=1"><title>Musrenflow</title></head>
            <body style="font-family: sans-serif; margin: 2rem; max-width: 36rem">
            <h1>Musrenflow sedang dimulai</h1>
            <p>Halaman ini akan dimuat ulang sendiri dalam beberapa detik.</p>
            <p lang="en">Musrenflow is starting; this page reloads itself in a few seconds.</p>
            </body></html>
            """.formatted(RETRY_SECONDS);

    private final ApplicationAvailability availability;
    private volatile boolean ready;

    public StartingUpFilter(ApplicationAvailability availability) {
        this.availability = availability;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/actuator/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // once ready, stay ready: a later readiness change (shutdown) is the load balancer's business
        if (ready || availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            ready = true;
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(RETRY_SECONDS));
        response.setContentType("text/html;charset=UTF-8");
        response.getOutputStream().write(PAGE.getBytes(StandardCharsets.UTF_8));
    }
}
