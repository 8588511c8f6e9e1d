package id.musrenflow.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import id.musrenflow.base.AuditTrail.AuditEntry;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.base.ui.NarrowScreen;
import id.musrenflow.base.ui.Notices;
import id.musrenflow.calendar.Holiday;
import id.musrenflow.calendar.HolidayService;
import id.musrenflow.identity.AuthenticatedUser;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Bappeda admin keeps each year's public holidays (from the SKB 3 Menteri, and regional days off): the list with
 * day names, adding, changing and removing with a reason, the working days per month that follow, and the history.
 */
@Route("hari-libur")
@RolesAllowed({"BAPPEDA_ADMIN", "ADMIN_SISTEM"})
@Menu(title = "kalender.nav", order = 84, icon = "vaadin:calendar")
@StyleSheet("context://styles/kalender.css")
public class HolidayAdminView extends VerticalLayout implements HasDynamicTitle {

    private final transient HolidayService holidays;
    private final transient AuthenticatedUser user;
    private final ComboBox<Integer> year = new ComboBox<>();
    private final Grid<Holiday> grid = new Grid<>();
    private final Button edit = new Button(getTranslation("umum.ubah"), VaadinIcon.EDIT.create());
    private final Button remove = new Button(getTranslation("umum.hapus"), VaadinIcon.TRASH.create());
    private final Paragraph empty = new Paragraph();
    private final Div months = new Div();
    private final Paragraph total = new Paragraph();
    private final UnorderedList history = new UnorderedList();

    public HolidayAdminView(HolidayService holidays, Clock clock, AuthenticationContext authentication) {
        this.holidays = holidays;
        this.user = authentication.getAuthenticatedUser(AuthenticatedUser.class).orElseThrow();
        addClassNames("mf-page", "mf-kalender");
        int thisYear = Year.now(clock).getValue();
        year.setId("kalender-tahun");
        year.setLabel(getTranslation("kalender.tahun"));
        year.setItems(thisYear - 1, thisYear, thisYear + 1, thisYear + 2);
        year.setValue(thisYear);
        year.addValueChangeListener(e -> {
            if (e.getValue() == null) {
                year.setValue(e.getOldValue());
            } else {
                load();
            }
        });
        Button add = new Button(getTranslation("kalender.tambah"), VaadinIcon.PLUS.create(), click -> openEditor(null));
        add.setId("kalender-tambah");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        edit.setId("kalender-ubah");
        edit.addClickListener(click -> selected().ifPresent(this::openEditor));
        remove.setId("kalender-hapus");
        remove.addClickListener(click -> selected().ifPresent(this::openRemoval));
        Div toolbar = new Div(year, add, edit, remove);
        toolbar.addClassName("mf-toolbar");
        empty.setId("kalender-kosong");
        empty.addClassName("mf-kalender-kosong");
        empty.setText(getTranslation("kalender.kosong"));
        configureGrid();
        months.setId("kalender-ringkasan");
        months.addClassName("mf-kalender-bulan-bulan");
        total.setId("kalender-jumlah");
        history.setId("kalender-riwayat");
        history.addClassName("mf-kalender-riwayat");
        add(new H2(getTranslation("kalender.judul")), new Paragraph(getTranslation("kalender.petunjuk")), toolbar,
                empty, grid, new H3(getTranslation("kalender.ringkasan")), months, total,
                new H3(getTranslation("kalender.riwayat")), history);
        load();
    }

    private void configureGrid() {
        grid.setId("kalender-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addColumn(h -> IndonesianDates.longDate(h.date(), getLocale())).setKey("tanggal")
                .setHeader(getTranslation("kalender.tanggal")).setAutoWidth(true).setFlexGrow(0);
        Grid.Column<Holiday> day = grid.addColumn(h -> dayName(h.date())).setKey("hari")
                .setHeader(getTranslation("kalender.hari-kolom")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Holiday::name).setKey("nama").setHeader(getTranslation("kalender.nama")).setFlexGrow(3);
        grid.addColumn(h -> getTranslation("kalender.jenis." + h.kind().name())).setKey("jenis")
                .setHeader(getTranslation("kalender.jenis")).setFlexGrow(1);
        NarrowScreen.hideOnPhones(grid, day);
        grid.addSelectionListener(event -> {
            edit.setEnabled(event.getFirstSelectedItem().isPresent());
            remove.setEnabled(event.getFirstSelectedItem().isPresent());
        });
        grid.addItemDoubleClickListener(event -> openEditor(event.getItem()));
    }

    private Optional<Holiday> selected() {
        return grid.getSelectedItems().stream().findFirst();
    }

    private void openEditor(Holiday existing) {
        int editing = year.getValue();
        String title = existing == null ? getTranslation("kalender.tambah.judul", String.valueOf(editing))
                : getTranslation("kalender.ubah.judul", IndonesianDates.longDate(existing.date(), getLocale()));
        new HolidayDialog(title, editing, existing, (draft, reason) -> {
            if (existing == null) {
                holidays.add(editing, draft, reason, user);
            } else {
                holidays.update(existing, draft, reason, user);
            }
            load();
            Notices.success(getTranslation("kalender.tersimpan"));
        }).open();
    }

    private void openRemoval(Holiday holiday) {
        String date = IndonesianDates.longDate(holiday.date(), getLocale());
        new RemoveHolidayDialog(getTranslation("kalender.hapus.judul", date),
                getTranslation("kalender.hapus.pertanyaan", date, holiday.name()), reason -> {
            holidays.remove(holiday, reason, user);
            load();
            Notices.success(getTranslation("kalender.terhapus"));
        }).open();
    }

    private void load() {
        int shown = year.getValue();
        List<Holiday> list = holidays.holidays(shown);
        grid.setItems(list);
        grid.deselectAll();
        edit.setEnabled(false);
        remove.setEnabled(false);
        empty.setVisible(list.isEmpty());
        grid.setVisible(!list.isEmpty());
        showMonths(holidays.workingDaysPerMonth(shown));
        showHistory(holidays.history(shown));
    }

    private void showMonths(Map<Month, Integer> perMonth) {
        months.removeAll();
        String[] names = getTranslation("kalender.bulan").split(",");
        perMonth.forEach((month, days) -> {
            Span name = new Span(names[month.ordinal()].strip());
            Span count = new Span(getTranslation("kalender.ringkasan.hari", days));
            Div cell = new Div(name, count);
            cell.setId("kalender-bulan-" + month.getValue());
            cell.addClassName("mf-kalender-bulan");
            months.add(cell);
        });
        int sum = perMonth.values().stream().mapToInt(Integer::intValue).sum();
        total.setText(getTranslation("kalender.ringkasan.total", String.valueOf(year.getValue()), sum));
    }

    private void showHistory(List<AuditEntry> entries) {
        history.removeAll();
        if (entries.isEmpty()) {
            history.add(new ListItem(getTranslation("kalender.riwayat.kosong")));
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
            AuditEntry entry = entries.get(i);
            history.add(new ListItem(getTranslation("kalender.riwayat.baris",
                    IndonesianDates.dateTime(entry.at(), getLocale()), entry.actor(),
                    getTranslation("kalender.aksi." + entry.action()), entry.detail())));
        }
    }

    private String dayName(LocalDate date) {
        // the bundle's list starts on Sunday, like the date picker's
        return getTranslation("kalender.hari").split(",")[date.getDayOfWeek().getValue() % 7].strip();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("kalender.judul");
    }
}
