package id.musrenflow.season.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import id.musrenflow.base.ui.DatePickers;
import id.musrenflow.base.ui.FormDialog;
import id.musrenflow.base.ui.TextLimits;
import id.musrenflow.season.Season;
import id.musrenflow.season.SeasonService;
import id.musrenflow.season.SeasonWindow;
import java.time.LocalDate;
import java.util.function.Consumer;

/** The admin moves a window's end later and says why; a refused date or reason stays in the dialog. */
class ExtendWindowDialog extends FormDialog {

    private final transient SeasonService seasons;
    private final transient Season season;
    private final transient SeasonWindow window;
    private final String actor;
    private final transient Consumer<Season> onSaved;
    private final DatePicker newEnd = DatePickers.picker("musim.perpanjang.tanggal");
    private final TextArea reason = new TextArea();

    ExtendWindowDialog(SeasonService seasons, Season season, SeasonWindow window, String actor,
                       Consumer<Season> onSaved) {
        super("", "musim.perpanjang.simpan");
        setHeaderTitle(getTranslation("musim.perpanjang.judul", getTranslation(window.stage().messageKey())));
        this.seasons = seasons;
        this.season = season;
        this.window = window;
        this.actor = actor;
        this.onSaved = onSaved;
        newEnd.setId("musim-perpanjang-tanggal");
        newEnd.setHelperText(getTranslation("musim.perpanjang.sekarang", SeasonTexts.dates(this, window)));
        newEnd.setMin(window.end().plusDays(1));
        newEnd.setMax(LocalDate.of(season.planningYear() - 1, 12, 31));
        newEnd.setRequired(true);
        reason.setId("musim-perpanjang-alasan");
        reason.setLabel(getTranslation("musim.perpanjang.alasan"));
        reason.setRequired(true);
        TextLimits.counted(reason, 1000);
        addFields(newEnd, reason);
    }

    @Override
    protected void save() {
        onSaved.accept(seasons.extend(season.planningYear(), window.stage(), newEnd.getValue(), reason.getValue(),
                season.version(), actor));
    }

    @Override
    protected HasValidation fieldFor(String messageKey) {
        return switch (messageKey) {
            case "musim.error.alasan-wajib", "musim.error.alasan-terlalu-panjang" -> reason;
            case "musim.error.perpanjangan-tidak-maju", "musim.error.di-luar-tahun",
                 "musim.error.perpanjang-tahap-berikutnya-dulu" -> newEnd;
            default -> null;
        };
    }
}
