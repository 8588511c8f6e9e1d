package id.musrenflow.proposal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.HttpSession;
import id.musrenflow.PostgresIT;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The map picker's Leaflet files come from the WebJar at run time and reach a signed-in browser. */
class MapAssetsIT extends PostgresIT {

    @Test
    void a_signed_in_proposer_loads_leaflet_and_the_usulan_stylesheet() {
        HttpSession browser = new HttpSession(url(""));
        browser.login("rt003.medono", "musrenflow");

        HttpResponse<String> script = browser.get("/" + MapPointPicker.LEAFLET + "leaflet.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("Leaflet 1.9.4");
        HttpResponse<String> css = browser.get("/" + MapPointPicker.LEAFLET + "leaflet.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.body()).contains(".leaflet-container");
        assertThat(browser.get("/" + MapPointPicker.LEAFLET + "images/marker-icon.png").statusCode()).isEqualTo(200);
        HttpResponse<String> usulanCss = browser.get("/styles/usulan.css");
        assertThat(usulanCss.statusCode()).isEqualTo(200);
        // the map's height is global, so the map has a size wherever it is shown (task page, register), not only
        // on the usulan form
        HttpResponse<String> appCss = browser.get("/styles/musrenflow.css");
        assertThat(appCss.statusCode()).isEqualTo(200);
        assertThat(appCss.body()).contains(".mf-map");
    }
}
