package id.musrenflow.identity.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import id.musrenflow.base.AuditTrail.AuditEntry;
import id.musrenflow.base.IndonesianDates;
import java.util.List;
import java.util.Set;

/** Who changed this user, when, and why, newest first. */
class HistorySection extends Div {

    private static final Set<String> LABELLED_ACTIONS = Set.of("BUAT", "UBAH_PROFIL", "ATUR_ULANG_SANDI",
            "AKTIFKAN", "NONAKTIFKAN", "BUKA_KUNCI", "KUNCI_AKUN", "TAMBAH_JABATAN", "AKHIRI_JABATAN");

    private final UnorderedList entries = new UnorderedList();

    HistorySection() {
        addClassName("mf-users-section");
        entries.setId("history");
        entries.addClassName("mf-users-history");
        add(new H3(getTranslation("admin.pengguna.riwayat")), entries);
    }

    void show(List<AuditEntry> history) {
        entries.removeAll();
        if (history.isEmpty()) {
            entries.add(new ListItem(getTranslation("admin.riwayat.kosong")));
        }
        for (int i = history.size() - 1; i >= 0; i--) {
            AuditEntry entry = history.get(i);
            Span when = new Span(getTranslation("admin.riwayat.oleh",
                    IndonesianDates.dateTime(entry.at(), getLocale()), entry.actor()));
            when.addClassName("mf-muted");
            ListItem item = new ListItem(new Span(action(entry.action())), when);
            if (entry.detail() != null && !entry.detail().isBlank()) {
                item.add(new Paragraph(entry.detail()));
            }
            entries.add(item);
        }
    }

    /** Actions recorded elsewhere may have no label here yet; their code is still meaningful to an administrator. */
    private String action(String code) {
        return LABELLED_ACTIONS.contains(code) ? getTranslation("admin.riwayat.aksi." + code) : code;
    }
}
