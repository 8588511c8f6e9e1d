package id.musrenflow.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The sign-in page does not answer before the demo users exist: until start-up is done, a "starting" page. */
class StartingUpFilterTest {

    private final AtomicReference<ReadinessState> readiness = new AtomicReference<>(ReadinessState.REFUSING_TRAFFIC);
    private final StartingUpFilter filter = new StartingUpFilter(new ApplicationAvailability() {
        @Override
        public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
            return type.cast(type == ReadinessState.class ? readiness.get() : LivenessState.CORRECT);
        }

        @Override
        public <S extends AvailabilityState> S getState(Class<S> type) {
            return getState(type, null);
        }

        @Override
        public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S>
                getLastChangeEvent(Class<S> type) {
            return null;
        }
    });

    private MockHttpServletResponse get(String uri, MockFilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void while_starting_the_login_page_says_so_and_health_still_answers() throws Exception {
        MockFilterChain login = new MockFilterChain();
        MockHttpServletResponse starting = get("/login", login);
        assertThat(starting.getStatus()).isEqualTo(503);
        assertThat(starting.getHeader("Retry-After")).isEqualTo("5");
        assertThat(starting.getContentAsString()).contains("Musrenflow sedang dimulai");
        assertThat(login.getRequest()).as("the sign-in page was not reached").isNull();

        MockFilterChain health = new MockFilterChain();
        get("/actuator/health", health);
        assertThat(health.getRequest()).isNotNull();
    }

    @Test
    void once_started_every_request_goes_through_and_stays_so() throws Exception {
        readiness.set(ReadinessState.ACCEPTING_TRAFFIC);
        MockFilterChain first = new MockFilterChain();
        assertThat(get("/login", first).getStatus()).isEqualTo(200);
        assertThat(first.getRequest()).isNotNull();

        readiness.set(ReadinessState.REFUSING_TRAFFIC);
        MockFilterChain later = new MockFilterChain();
        get("/tugas", later);
        assertThat(later.getRequest()).isNotNull();
    }
}
