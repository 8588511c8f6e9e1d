package id.musrenflow.workflow.identity;

import id.musrenflow.identity.UserService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Replaces Camunda's database identity with Musrenflow's users and position-derived groups. */
@Component
class IdentityBridgePlugin extends AbstractProcessEnginePlugin {

    private final UserService identity;

    IdentityBridgePlugin(@Lazy UserService identity) {
        this.identity = identity;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new MusrenflowIdentityProvider(identity);
            }
        });
    }
}
