package id.musrenflow.season.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.BusinessException;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.SeasonWindow;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;

/**
 * The seasons as Bappeda runs them: the admin opens next year's season from this one's template and extends a
 * window with a reason; a planner declares the RKPD final, which closes the season. Everything is in the history.
 */
@Route("musim-perencanaan")
@RolesAllowed({"BAPPEDA_ADMIN", "ADMIN_SISTEM", "BAPPEDA"})
@Menu(title = "musim.nav", order = 84, icon = "vaadin:calendar-clock")
public class SeasonAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient SeasonService seasons;
    private final String actor;

    public SeasonAdminView(SeasonService seasons, AuthenticationContext authentication) {
        this.seasons = seasons;
        this.actor = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow().username();
        addClassNames("mf-page", "mf-season");
        render();
    }

    private void render() {
        removeAll();
        add(new H2(getTranslation("musim.judul")));
        List<Season> all = seasons.seasons();
        // the first year after the current season without one (a fresh installation: the current planning year)
        int next = seasons.planningYear();
        while (seasons.season(next).isPresent()) {
            next++;
        }
        if (seasons.mayAdminister(actor)) {
            add(new SeasonOpenForm(seasons, next, actor, opened -> render()));
        }
        all.stream().sorted(Comparator.comparing(Season::planningYear).reversed()).forEach(season -> {
            add(new SeasonCard(season, seasons.today(), seasons.mayAdminister(actor) ? w -> extend(season, w) : null));
            if (!season.closed() && seasons.mayClose(actor)) {
                add(closeButton(season));
            }
            add(history(season));
        });
    }

    private void extend(Season season, SeasonWindow window) {
        new ExtendWindowDialog(seasons, season, window, actor, saved -> {
            Notices.success(getTranslation("musim.perpanjang.berhasil"));
            render();
        }).open();
    }

    private Button closeButton(Season season) {
        Button close = new Button(getTranslation("musim.tutup.tombol", season.planningYear()), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("musim.tutup.judul", season.planningYear()),
                    getTranslation("musim.tutup.penjelasan"), getTranslation("musim.tutup.ya"), yes -> {
                try {
                    seasons.close(season.planningYear(), actor);
                    Notices.success(getTranslation("musim.tutup.berhasil", season.planningYear()));
                } catch (BusinessException refused) {
                    Notices.error(getTranslation(refused.messageKey(), refused.arguments()));
                }
                render();
            });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("umum.batal"));
            confirm.open();
        });
        close.setId("musim-tutup-" + season.planningYear());
        close.addThemeVariants(ButtonVariant.LUMO_ERROR);
        return close;
    }

    private VerticalLayout history(Season season) {
        UnorderedList lines = new UnorderedList();
        lines.setId("musim-riwayat-" + season.planningYear());
        seasons.history(season.planningYear()).forEach(entry -> lines.add(new ListItem(
                IndonesianDates.dateTime(entry.at(), getLocale()) + " · " + entry.actor() + " · "
                        + getTranslation("musim.aksi." + entry.action()) + " · " + entry.detail())));
        VerticalLayout box = new VerticalLayout(new H3(getTranslation("musim.riwayat", season.planningYear())), lines);
        box.setPadding(false);
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("musim.judul");
    }
}
