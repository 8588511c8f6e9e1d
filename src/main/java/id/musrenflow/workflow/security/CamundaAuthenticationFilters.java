package id.musrenflow.workflow.security;

import id.musrenflow.base.ui.ShellLink;
import id.musrenflow.identity.PositionType;
import java.util.Set;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine REST API and the webapps take the user Spring Security authenticated (see SecurityConfiguration in
 * the identity module); these filters pass that user and their groups on to the engine for its authorization checks.
 */
@Configuration
class CamundaAuthenticationFilters {

    private static final String PROVIDER_PARAM = "authentication-provider";

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication() {
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("musrenflow-engine-rest-authentication");
        registration.addInitParameter(PROVIDER_PARAM, SpringSecurityAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappAuthentication() {
        FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
                new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setName("musrenflow-webapp-authentication");
        registration.addInitParameter(PROVIDER_PARAM, SpringSecurityAuthenticationProvider.class.getName());
        registration.addUrlPatterns("/camunda/*");
        return registration;
    }

    @Bean
    ShellLink cockpitLink() {
        return new ShellLink("nav.cockpit", "/camunda/app/cockpit/default/", "vaadin:dashboard",
                Set.of(PositionType.ADMIN_SISTEM.role(), PositionType.BAPPEDA.role()));
    }

    @Bean
    ShellLink camundaAdminLink() {
        return new ShellLink("nav.camunda-admin", "/camunda/app/admin/default/", "vaadin:cogs",
                Set.of(PositionType.ADMIN_SISTEM.role(), PositionType.BAPPEDA.role()));
    }
}
