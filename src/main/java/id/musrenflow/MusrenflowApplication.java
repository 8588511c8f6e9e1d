package id.musrenflow;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Musrenflow: participatory development planning on an embedded Camunda engine with Vaadin inboxes. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class MusrenflowApplication {

    public static void main(String[] args) {
        SpringApplication.run(MusrenflowApplication.class, args);
    }
}
