package id.musrenflow.identity.demo;

import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells a newcomer where Musrenflow runs and how to sign in, once it is ready. */
@Component
@ConditionalOnProperty(name = "musrenflow.demo.enabled", havingValue = "true")
class DemoLoginsBanner {

    private static final Logger LOG = LoggerFactory.getLogger(DemoLoginsBanner.class);

    private final String password;

    DemoLoginsBanner(@Value("${musrenflow.demo.password}") String password) {
        this.password = password;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        int port = event.getApplicationContext() instanceof WebServerApplicationContext web
                ? web.getWebServer().getPort() : 8080;
        String logins = DemoUsers.USERS.stream()
                .map(u -> String.format("  %-18s %s", u.username(), u.type()))
                .collect(Collectors.joining("\n"));
        LOG.info("""

                ==================================================================
                 Musrenflow is running at http://localhost:{}/
                 Camunda Cockpit:          http://localhost:{}/camunda/app/cockpit/
                 Demo logins (password "{}"):
                {}
                  plt.lurah.sapuro   LURAH (Plt, acting)
                ==================================================================""", port, port, password, logins);
    }
}
