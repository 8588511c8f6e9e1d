package id.musrenflow.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.sidenav.SideNavItem;
import id.musrenflow.KaribuTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShellKaribuTest extends KaribuTest {

    @Test
    void rt_head_sees_home_with_position_and_no_admin_navigation() {
        login("rt003.medono");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_get(H2.class, spec -> spec.withId("greeting")).getText()).contains("Slamet Riyadi");
        List<String> nav = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(nav).contains("Beranda").doesNotContain("Camunda Cockpit");
    }

    @Test
    void rt_and_rw_heads_are_not_offered_the_classification_table_or_the_lkk_programme() {
        for (String head : List.of("rt003.medono", "rw002.medono")) {
            login(head);
            UI.getCurrent().navigate(HomeView.class);
            List<String> nav = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
            assertThat(nav).as(head).contains("Beranda", "Tugas")
                    .doesNotContain("Klasifikasi urusan", "Program kerja LKK");
        }
        login("pkk.medono");
        UI.getCurrent().navigate(HomeView.class);
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Program kerja LKK");
    }

    @Test
    void system_admin_sees_camunda_links() {
        login("admin");
        UI.getCurrent().navigate(HomeView.class);
        List<String> nav = _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
        assertThat(nav).contains("Beranda", "Camunda Cockpit", "Camunda Admin");
    }
}
