package id.musrenflow.danakelurahan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import id.musrenflow.base.Rupiah;
import id.musrenflow.base.ui.DatePickers;
import id.musrenflow.base.ui.RupiahInputs;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.danakelurahan.ActivityDetail;
import id.musrenflow.danakelurahan.DocumentKind;
import id.musrenflow.danakelurahan.ProviderContract;
import id.musrenflow.danakelurahan.Team;
import id.musrenflow.danakelurahan.TeamMember;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Entries of the page-filled steps: swakelola preparation, penyedia contract, stage LPJ, handover (BAST). */
final class ActivityStepForms {

    private ActivityStepForms() {
    }

    /** Teams (one member per line, "name; role"), proposal (Pokmas only) and RAB. */
    static final class Preparation extends Div {
        final Map<Team, TextArea> teams = new EnumMap<>(Team.class);
        final FileField proposal;
        final FileField rab;
        final Button send;

        Preparation(ActivityDetail a, boolean pokmas, long maxBytes, Consumer<Preparation> sender) {
            addClassName("mf-card");
            setId("persiapan-form");
            add(new H3(getTranslation("kegiatan.ui.persiapan-judul")), new Span(getTranslation("kegiatan.ui.tim-petunjuk")));
            for (Team team : pokmas ? List.of(Team.values()) : List.of(Team.PELAKSANA)) {
                TextArea area = new TextArea(getTranslation("kegiatan.tim." + team.name()));
                area.setId("persiapan-tim-" + team.name().toLowerCase());
                area.setWidthFull();
                area.setValue(String.join("\n", a.teams().stream().filter(m -> m.team() == team)
                        .map(m -> m.name() + "; " + m.role()).toList()));
                teams.put(team, area);
                add(area);
            }
            proposal = new FileField("persiapan-proposal", DocumentKind.PROPOSAL, maxBytes);
            rab = new FileField("persiapan-rab", DocumentKind.RAB, maxBytes);
            if (pokmas) {
                add(new Span(getTranslation("kegiatan.ui.proposal")), proposal);
            }
            add(new Span(getTranslation("kegiatan.ui.rab")), rab);
            send = primary("persiapan-kirim", getTranslation("kegiatan.ui.ajukan"), () -> sender.accept(this));
            add(send);
        }

        /** One member per non-empty line; a line without "; " keeps its text as name with an empty role. */
        List<TeamMember> members() {
            List<TeamMember> members = new ArrayList<>();
            teams.forEach((team, area) -> area.getValue().lines().filter(l -> !l.isBlank()).forEach(line -> {
                int split = line.indexOf(';');
                members.add(split < 0 ? new TeamMember(team, line, "")
                        : new TeamMember(team, line.substring(0, split), line.substring(split + 1)));
            }));
            return members;
        }
    }

    /** The penyedia's contract; the contract form comes from the decision table. */
    static final class Contract extends Div {
        final TextField provider = new TextField();
        final TextField npwp = new TextField();
        final TextField number = new TextField();
        final TextField value = new TextField();
        // Indonesian pickers (dd/MM/yyyy, month names in the user's language), not the component's English default
        final DatePicker date = DatePickers.picker("kegiatan.ui.kontrak-tanggal");
        final DatePicker start = DatePickers.picker("kegiatan.ui.kontrak-mulai");
        final DatePicker end = DatePickers.picker("kegiatan.ui.kontrak-selesai");
        final FileField document;
        final Button send;

        Contract(long maxBytes, Consumer<Contract> sender) {
            addClassName("mf-card");
            setId("kontrak-form");
            add(new H3(getTranslation("kegiatan.ui.kontrak-judul")));
            field(provider, "kontrak-penyedia", "kegiatan.ui.kontrak-penyedia");
            field(npwp, "kontrak-npwp", "kegiatan.ui.kontrak-npwp");
            field(number, "kontrak-nomor", "kegiatan.ui.kontrak-nomor");
            field(value, "kontrak-nilai", "kegiatan.ui.kontrak-nilai");
            RupiahInputs.grouped(value);
            date.setId("kontrak-tanggal");
            start.setId("kontrak-mulai");
            end.setId("kontrak-selesai");
            Div fields = new Div(provider, npwp, number, value, date, start, end);
            fields.addClassName("mf-dana-actions");
            document = new FileField("kontrak-dokumen", DocumentKind.KONTRAK, maxBytes);
            send = primary("kontrak-kirim", getTranslation("kegiatan.ui.simpan-kontrak"), () -> sender.accept(this));
            add(fields, new Span(getTranslation("kegiatan.ui.kontrak-dokumen")), document, send);
        }

        ProviderContract contract() {
            return new ProviderContract(provider.getValue(), npwp.getValue(), number.getValue(), null, date.getValue(),
                    Rupiah.parse(value.getValue()), start.getValue(), end.getValue());
        }

        private void field(TextField f, String id, String label) {
            f.setId(id);
            f.setLabel(getTranslation(label));
        }
    }

    /** The LPJ of the stage released last (realised amount and document), or the handover's BAST. */
    static final class Document extends Div {
        final TextField amount = new TextField();
        final TextArea note = new TextArea();
        final FileField file;
        final Button send;

        Document(String id, String title, DocumentKind kind, boolean withAmount, long maxBytes,
                 Consumer<Document> sender) {
            addClassName("mf-card");
            setId(id + "-form");
            add(new H3(title));
            if (withAmount) {
                amount.setId(id + "-realisasi");
                amount.setLabel(getTranslation("kegiatan.ui.realisasi"));
                RupiahInputs.grouped(amount);
                add(amount);
            } else {
                note.setId(id + "-catatan");
                note.setLabel(getTranslation("kegiatan.ui.catatan"));
                TextLimits.counted(note, 1000);
                add(note);
            }
            file = new FileField(id + "-dokumen", kind, maxBytes);
            send = primary(id + "-kirim", getTranslation("kegiatan.ui.ajukan"), () -> sender.accept(this));
            add(new Span(getTranslation("kegiatan.ui.dokumen." + kind.name())), file, send);
        }
    }

    private static Button primary(String id, String text, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.setId(id);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }
}
