package id.musrenflow.workflow.forms;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.io.Serializable;

/** Date, date-time and time pickers showing dates as Indonesians write them (dd/MM/yyyy, weeks from Monday). */
final class DateFields implements Serializable {

    private static final int MONDAY = 1;

    private final FormTexts texts;

    DateFields(FormTexts texts) {
        this.texts = texts;
    }

    DatePicker date(Object initial) {
        DatePicker field = new DatePicker();
        field.setI18n(datePickerI18n());
        FieldValues.date(initial).ifPresent(field::setValue);
        return field;
    }

    DateTimePicker dateTime(Object initial) {
        DateTimePicker field = new DateTimePicker();
        field.setDatePickerI18n(datePickerI18n());
        field.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setBadInputErrorMessage(texts.translate(FieldError.INVALID_DATE))
                .setIncompleteInputErrorMessage(texts.translate(FieldError.INVALID_DATE)));
        FieldValues.dateTime(initial).ifPresent(field::setValue);
        return field;
    }

    TimePicker time(Object initial) {
        TimePicker field = new TimePicker();
        field.setI18n(new TimePicker.TimePickerI18n()
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setBadInputErrorMessage(texts.translate(FieldError.INVALID_DATE)));
        FieldValues.time(initial).ifPresent(field::setValue);
        return field;
    }

    private DatePicker.DatePickerI18n datePickerI18n() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(texts.translateList("form.tanggal.bulan"))
                .setWeekdays(texts.translateList("form.tanggal.hari"))
                .setWeekdaysShort(texts.translateList("form.tanggal.hari-singkat"))
                .setToday(texts.translate("form.tanggal.hari-ini"))
                .setCancel(texts.translate("form.tanggal.batal"))
                .setDateFormat(texts.translate("form.tanggal.format"))
                .setFirstDayOfWeek(MONDAY)
                .setRequiredErrorMessage(texts.translate(FieldError.REQUIRED))
                .setBadInputErrorMessage(texts.translate(FieldError.INVALID_DATE));
    }
}
