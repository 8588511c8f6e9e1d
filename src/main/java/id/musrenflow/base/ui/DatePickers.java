package id.musrenflow.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import java.util.List;

/** Date pickers that read and write dates the Indonesian way (22/11/2026) with month names in the user's language. */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker picker(String labelKey) {
        DatePicker picker = new DatePicker();
        picker.setLabel(picker.getTranslation(labelKey));
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setDateFormat("dd/MM/yyyy")
                .setMonthNames(list(picker, "kalender.bulan"))
                .setWeekdays(list(picker, "kalender.hari"))
                .setWeekdaysShort(list(picker, "kalender.hari-singkat"))
                .setFirstDayOfWeek(1)
                .setToday(picker.getTranslation("kalender.hari-ini"))
                .setCancel(picker.getTranslation("umum.batal"))
                .setBadInputErrorMessage(picker.getTranslation("kalender.format-salah")));
        picker.setPlaceholder(picker.getTranslation("kalender.placeholder"));
        return picker;
    }

    private static List<String> list(DatePicker picker, String key) {
        return Arrays.stream(picker.getTranslation(key).split(",")).map(String::strip).toList();
    }
}
