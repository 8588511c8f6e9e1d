package id.musrenflow.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/**
 * The HTML shell. The theme is a plain stylesheet over Lumo, served at run time, so no frontend build is needed
 * (Vaadin's pre-compiled bundles are used in development and production).
 */
@Meta(name = "theme-color", content = "#0f5c8c")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Musrenflow");
        settings.addFavIcon("icon", "images/favicon.svg", "any");
        settings.addLink("stylesheet", "styles/musrenflow.css");
    }
}
