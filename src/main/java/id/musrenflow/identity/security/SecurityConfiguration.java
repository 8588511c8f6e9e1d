package id.musrenflow.identity.security;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

import com.vaadin.flow.spring.security.VaadinWebSecurity;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.ui.LoginView;
import jakarta.servlet.DispatcherType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Three filter chains, one identity: the engine REST API (HTTP basic, stateless, administrators and integration
 * accounts only), the Camunda webapps (session, administrators and Bappeda planners only), and the Vaadin app.
 * Matched with {@code PathPatternRequestMatcher}: plain string patterns miss the Jersey and webapp servlets.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfiguration extends VaadinWebSecurity {

    public static final String ENGINE_REST = "/engine-rest/**";
    public static final String CAMUNDA_WEBAPPS = "/camunda/**";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, LockoutAuthenticationProvider provider) throws Exception {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("Musrenflow engine");
        http.securityMatcher(withDefaults().matcher(ENGINE_REST))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasAnyRole(PositionType.ADMIN_SISTEM.role(), PositionType.INTEGRASI.role()))
                .httpBasic(basic -> basic.authenticationEntryPoint(entryPoint))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entryPoint))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain camundaWebappChain(HttpSecurity http, LockoutAuthenticationProvider provider) throws Exception {
        MediaTypeRequestMatcher browser = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
        browser.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
        http.securityMatcher(withDefaults().matcher(CAMUNDA_WEBAPPS))
                .authenticationProvider(provider)
                .authorizeHttpRequests(auth -> auth
                        .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                        .anyRequest().hasAnyRole(PositionType.ADMIN_SISTEM.role(), PositionType.BAPPEDA.role()))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), browser)
                        .defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED),
                                request -> true))
                // the Camunda webapps protect themselves with their own CSRF token filter
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Override
    protected void configure(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
                .requestMatchers(withDefaults().matcher("/error/**"), withDefaults().matcher("/error"),
                        withDefaults().matcher("/styles/**"), withDefaults().matcher("/images/**"),
                        withDefaults().matcher("/actuator/health/**"),
                        // open data (usulan without personal data), published for anyone
                        withDefaults().matcher("/unduh/data-terbuka/**")).permitAll());
        super.configure(http);
        setLoginView(http, LoginView.class, "/login?logout");
        http.formLogin(form -> form.failureHandler(new LoginFailureHandler()));
    }
}
