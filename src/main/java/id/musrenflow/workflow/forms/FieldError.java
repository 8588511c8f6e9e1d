package id.musrenflow.workflow.forms;

import java.util.List;

/** A rule a submitted value broke: the field, a message key of i18n/forms and the message's arguments. */
public record FieldError(String fieldKey, String messageKey, List<Object> args) {

    public static final String REQUIRED = "form.error.wajib";
    public static final String MIN = "form.error.min";
    public static final String MAX = "form.error.maks";
    public static final String MIN_LENGTH = "form.error.panjang-min";
    public static final String MAX_LENGTH = "form.error.panjang-maks";
    public static final String PATTERN = "form.error.pola";
    public static final String INVALID_CHOICE = "form.error.pilihan-tidak-sah";
    public static final String NOT_A_NUMBER = "form.error.bukan-angka";
    public static final String INVALID_DATE = "form.error.tanggal-tidak-sah";
    public static final String DATE_IN_FUTURE = "form.error.tanggal-belum-terjadi";
    public static final String DATE_BEFORE_PROCESS = "form.error.tanggal-sebelum-proses";
    public static final String DATE_PASSED = "form.error.tanggal-sudah-lewat";
    public static final String DATE_BEFORE = "form.error.tanggal-sebelum";
    public static final String HTML = "form.error.html";
    public static final String INVALID_VALUE = "form.error.nilai-tidak-sah";

    /** Every key above, so tests can check that both languages have them. */
    public static final List<String> MESSAGE_KEYS = List.of(REQUIRED, MIN, MAX, MIN_LENGTH, MAX_LENGTH, PATTERN,
            INVALID_CHOICE, NOT_A_NUMBER, INVALID_DATE, DATE_IN_FUTURE, DATE_BEFORE_PROCESS, DATE_PASSED, DATE_BEFORE, HTML,
            INVALID_VALUE);

    public FieldError {
        args = List.copyOf(args);
    }

    public FieldError(String fieldKey, String messageKey, Object... args) {
        this(fieldKey, messageKey, List.of(args));
    }
}
