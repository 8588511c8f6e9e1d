package id.musrenflow.proposal.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.proposal.PlannerReach;
import id.musrenflow.proposal.ProposalDetail;
import id.musrenflow.proposal.ProposalLimits;
import id.musrenflow.proposal.ProposalRegister;
import id.musrenflow.proposal.ProposalService;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * An usulan read-only for planners (/pemantauan/usulan/U-2027-…): fields, photos, map point, the decision of every
 * level and the timeline, for any usulan the reader may see in the register. Unknown and out-of-reach numbers get
 * the same answer, so the page does not tell which numbers exist.
 */
@Route("pemantauan/usulan/:nomor")
@RolesAllowed({"BAPPEDA", "BAPPEDA_ADMIN", "PEMANTAU", "ADMIN_SISTEM", "CAMAT", "STAF_KECAMATAN", "LURAH",
        "STAF_KELURAHAN", "LPM", "VERIFIKATOR_OPD", "DPRD"})
public class ProposalReadView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient ProposalService proposals;
    private final transient ProposalRegister register;
    private final transient PlannerReach reach;
    private final transient RegionService regions;
    private final transient OpdService opds;
    private final transient ProposalLimits limits;
    private final transient AuthenticatedUser user;
    private final transient PositionLabels labels;
    private String title = "";

    public ProposalReadView(ProposalService proposals, ProposalRegister register, PlannerReach reach,
                            RegionService regions, OpdService opds, ProposalLimits limits,
                            AuthenticationContext authentication, PositionLabels labels) {
        this.labels = labels;
        this.proposals = proposals;
        this.register = register;
        this.reach = reach;
        this.regions = regions;
        this.opds = opds;
        this.limits = limits;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-usulan-baca");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String number = event.getRouteParameters().get("nomor").orElse("");
        Anchor back = new Anchor("pemantauan/usulan", getTranslation("pemantauan.usulan.kembali"));
        back.setId("usulan-kembali");
        Optional<ProposalDetail> found = proposals.findByNumber(number)
                .filter(s -> register.visible(s.id(), reach.reach(user)))
                .flatMap(s -> proposals.detail(s.id()));
        if (found.isEmpty()) {
            title = getTranslation("pemantauan.usulan.tidak-ada.judul");
            Paragraph message = new Paragraph(getTranslation("pemantauan.usulan.tidak-ada", number));
            message.setId("usulan-tidak-ada");
            message.getElement().setAttribute("role", "alert");
            add(back, new H1(title), message);
            return;
        }
        ProposalDetail detail = found.get();
        title = detail.summary().number();
        add(back, new H1(detail.summary().displayTitle()),
                new UsulanContextPanel(detail, proposals, List.of(), regions, opds, limits, labels));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
