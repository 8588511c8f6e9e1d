package id.musrenflow.reference.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import id.musrenflow.KaribuTest;
import id.musrenflow.reference.Classification;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClassificationViewTest extends KaribuTest {

    @Test
    void shows_bidang_urusan_under_their_urusan_and_the_kelurahan_sub_kegiatan() {
        // a kelurahan planner: RT and RW heads are no longer offered the table (ShellKaribuTest)
        openAs("staf.medono");

        TreeGrid<Classification> fields = tree("urusan-grid");
        assertThat(codes(fields)).contains("1", "1.03", "2", "7.01");
        Classification publicWorks = row(fields, "1.03");
        assertThat(publicWorks.name()).isEqualTo("Pekerjaan Umum dan Penataan Ruang");
        assertThat(fields.getTreeData().getParent(publicWorks).code()).isEqualTo("1");

        TreeGrid<Classification> subActivities = tree("sub-kegiatan-grid");
        assertThat(codes(subActivities)).contains("7.01.03", "7.01.03.2.02", "7.01.03.2.02.0002");
        Classification infrastructure = row(subActivities, "7.01.03.2.02.0002");
        assertThat(infrastructure.name()).isEqualTo("Pembangunan Sarana dan Prasarana Kelurahan");
        assertThat(subActivities.getTreeData().getParent(infrastructure).code()).isEqualTo("7.01.03.2.02");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Klasifikasi urusan");
    }

    @Test
    void search_keeps_each_match_with_its_ancestors_and_descendants() {
        openAs("lurah.medono");

        _setValue(_get(TextField.class, spec -> spec.withId("classification-search")), "sarana");
        assertThat(codes(tree("sub-kegiatan-grid")))
                .containsExactly("7.01.03", "7.01.03.2.02", "7.01.03.2.02.0002");
        assertThat(codes(tree("urusan-grid"))).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("classification-search")), "1.03");
        assertThat(codes(tree("urusan-grid"))).containsExactly("1", "1.03");
        assertThat(codes(tree("sub-kegiatan-grid"))).isEmpty();

        _setValue(_get(TextField.class, spec -> spec.withId("classification-search")), "Urusan Pemerintahan Pilihan");
        assertThat(codes(tree("urusan-grid"))).startsWith("3", "3.25").contains("3.32").doesNotContain("1.03");
    }

    private void openAs(String username) {
        login(username);
        UI.getCurrent().navigate(ClassificationView.class);
        assertThat(_get(ClassificationView.class).getPageTitle()).isEqualTo("Klasifikasi urusan dan sub kegiatan");
    }

    @SuppressWarnings("unchecked")
    private static TreeGrid<Classification> tree(String id) {
        return _get(TreeGrid.class, spec -> spec.withId(id));
    }

    /** The codes of the rows as shown, expanded nodes included. */
    private static List<String> codes(TreeGrid<Classification> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i).code()).toList();
    }

    private static Classification row(TreeGrid<Classification> grid, String code) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(i -> GridKt._get(grid, i))
                .filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }
}
