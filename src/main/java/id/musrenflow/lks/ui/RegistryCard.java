package id.musrenflow.lks.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import id.musrenflow.identity.PositionLabels;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.lks.Organisation;
import id.musrenflow.lks.OrganisationChange;
import id.musrenflow.lks.RegistryEntry;
import id.musrenflow.lks.RegistryService;
import id.musrenflow.region.RegionService;
import java.util.List;

/**
 * One organisation of the registry with what the signed-in user may do to it: edit the profile and officers (Dinas
 * Sosial, admin, its own officers), set LKKS membership (LKKS board, Dinas Sosial, admin); officers and the history
 * of changes fold out.
 */
class RegistryCard extends Div {

    private final transient PositionLabels labels;

    /** {@code own}: the officer's own organisation, whose officers are shown unfolded. */
    RegistryCard(RegistryEntry entry, RegistryService registry, RegionService regions, PositionLabels labels,
                 AuthenticatedUser user, boolean own, Runnable refresh) {
        this.labels = labels;
        Organisation o = entry.organisation();
        addClassName("mf-card");
        setId("lks-registri-" + o.code());
        Span status = new Span(getTranslation("lks.status-lembaga." + o.status().name()));
        status.getElement().getThemeList().add("badge");
        add(new H3(o.name()), status, new OrganisationProfile(o, regions),
                new Paragraph(getTranslation("lks.registri.dokumen-hukum", dash(entry.deedNumber()),
                        dash(entry.decreeNumber()))));
        if (o.lkksMember() && entry.lkksSince() != null) {
            add(new Paragraph(getTranslation("lks.registri.anggota-sejak",
                    IndonesianDates.longDate(entry.lkksSince(), getLocale()))));
        }
        FlexLayout actions = new FlexLayout();
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.getStyle().set("gap", "var(--lumo-space-s)");
        boolean edit = registry.canEdit(user, o);
        if (edit) {
            actions.add(button("lks.registri.ubah", "lks-registri-ubah-" + o.code(),
                    () -> new OrganisationDialog(registry, regions, entry, user, refresh).open()));
            actions.add(button("lks.pengurus.tambah", "lks-pengurus-tambah-" + o.code(),
                    () -> new OfficerDialog(registry, o.id(), null, user, refresh).open()));
        }
        if (registry.canSetMembership(user)) {
            actions.add(button("lks.registri.keanggotaan", "lks-keanggotaan-" + o.code(),
                    () -> new MembershipDialog(registry, entry, user, refresh).open()));
        }
        add(actions);
        Details officers = new Details(getTranslation("lks.registri.pengurus"), new OfficerList(
                registry.officers(o.id(), user),
                edit ? officer -> new OfficerDialog(registry, o.id(), officer, user, refresh).open() : null));
        officers.setOpened(own);
        add(officers, new Details(getTranslation("lks.registri.riwayat"), history(registry.history(o.id(), user))));
    }

    private Button button(String labelKey, String id, Runnable action) {
        Button button = new Button(getTranslation(labelKey), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.setId(id);
        return button;
    }

    private OrderedList history(List<OrganisationChange> changes) {
        OrderedList list = new OrderedList();
        list.addClassName("mf-timeline");
        list.addClassName("lks-registri-riwayat");
        if (changes.isEmpty()) {
            list.add(new ListItem(getTranslation("lks.registri.riwayat-kosong")));
        }
        for (OrganisationChange change : changes) {
            Span actor = new Span(labels.actor(change.actor(), null, change.at().toLocalDate(), this::getTranslation));
            actor.addClassName("mf-muted");
            ListItem item = new ListItem(new Span(IndonesianDates.dateTime(change.at(), getLocale())),
                    new Span(getTranslation("lks.registri.peristiwa." + change.event())), actor);
            if (change.detail() != null) {
                item.add(new Paragraph(change.detail()));
            }
            if (change.reason() != null) {
                item.add(new Paragraph(change.reason()));
            }
            list.add(item);
        }
        return list;
    }

    private static String dash(String text) {
        return text == null ? "-" : text;
    }
}
