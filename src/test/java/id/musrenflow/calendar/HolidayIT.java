package id.musrenflow.calendar;

import static id.musrenflow.calendar.HolidayKind.CUTI_BERSAMA;
import static id.musrenflow.calendar.HolidayKind.LIBUR_DAERAH;
import static id.musrenflow.calendar.HolidayKind.LIBUR_NASIONAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.base.AuditTrail.AuditEntry;
import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.AuthenticatedUser;
import id.musrenflow.identity.security.LoginAttempts;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The admin's holiday list on PostgreSQL: what the calendar then counts, what the audit trail keeps, what is refused. */
class HolidayIT extends PostgresIT {

    @Autowired
    private HolidayService holidays;
    @Autowired
    private WorkingCalendar calendar;
    @Autowired
    private LoginAttempts users;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private Clock clock;

    /** A year of its own, far from any real list, cleared before each test so reruns start from nothing. */
    private int year;
    private LocalDate monday;

    @BeforeEach
    void clearYear() {
        year = Year.now(clock).getValue() + 50;
        monday = LocalDate.of(year, 8, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY));
        jdbc.sql("delete from hari_libur where tanggal between ? and ?")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 12, 31)).update();
        calendar.forget(year);
        calendar.forget(year + 1);
    }

    private AuthenticatedUser user(String username) {
        return users.loadUserByUsername(username);
    }

    @Test
    void a_holiday_stops_being_a_working_day_and_each_change_is_audited_with_its_reason() {
        String added = unique("SK Wali Kota libur daerah");
        String moved = unique("SK Wali Kota perubahan");
        String removed = unique("SK Wali Kota dicabut");
        assertThat(calendar.isWorkingDay(monday)).isTrue();

        Holiday holiday = holidays.add(year, new HolidayDraft(monday, " Libur daerah uji ", LIBUR_DAERAH), added,
                user("admin.bappeda"));
        assertThat(holiday).extracting(Holiday::name, Holiday::changedBy).containsExactly("Libur daerah uji",
                "admin.bappeda");
        assertThat(calendar.isWorkingDay(monday)).isFalse();
        assertThat(calendar.addWorkingDays(monday.minusDays(3), 1)).isEqualTo(monday.plusDays(1));

        Holiday changed = holidays.update(holiday, new HolidayDraft(monday.plusDays(1), "Libur daerah uji (pindah)",
                LIBUR_DAERAH), moved, user("admin.bappeda"));
        assertThat(calendar.isWorkingDay(monday)).isTrue();
        assertThat(calendar.isWorkingDay(monday.plusDays(1))).isFalse();
        assertThat(holidays.holidays(year)).extracting(Holiday::date).containsExactly(monday.plusDays(1));

        holidays.remove(changed, removed, user("admin"));
        assertThat(calendar.isWorkingDay(monday.plusDays(1))).isTrue();
        assertThat(holidays.holidays(year)).isEmpty();

        List<AuditEntry> trail = holidays.history(year).stream()
                .filter(e -> e.detail().contains(added) || e.detail().contains(moved) || e.detail().contains(removed))
                .toList();
        assertThat(trail).extracting(AuditEntry::action).containsExactly("TAMBAH", "UBAH", "HAPUS");
        assertThat(trail).extracting(AuditEntry::actor).containsExactly("admin.bappeda", "admin.bappeda", "admin");
        assertThat(trail.get(1).detail()).contains("Libur daerah uji (LIBUR_DAERAH) menjadi",
                "Libur daerah uji (pindah)", "Alasan: " + moved);
    }

    @Test
    void a_holiday_outside_the_year_being_edited_is_refused_naming_the_year() {
        LocalDate nextNewYear = LocalDate.of(year + 1, 1, 1);

        assertThatThrownBy(() -> holidays.add(year, new HolidayDraft(nextNewYear, "Tahun Baru", LIBUR_NASIONAL),
                "SKB 3 Menteri", user("admin.bappeda")))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("kalender.error.di-luar-tahun");
                    assertThat(refused.arguments()).containsExactly(String.valueOf(year));
                });
        Holiday christmas = holidays.add(year, new HolidayDraft(LocalDate.of(year, 12, 25), "Natal", LIBUR_NASIONAL),
                "SKB 3 Menteri", user("admin.bappeda"));
        assertThatThrownBy(() -> holidays.update(christmas, new HolidayDraft(nextNewYear, "Natal", LIBUR_NASIONAL),
                "pindah tahun", user("admin.bappeda")))
                .extracting("messageKey").isEqualTo("kalender.error.di-luar-tahun");

        assertThat(holidays.holidays(year + 1)).isEmpty();
        assertThat(holidays.holidays(year)).extracting(Holiday::date).containsExactly(LocalDate.of(year, 12, 25));
    }

    @Test
    void a_second_holiday_on_the_same_date_is_refused_naming_the_first() {
        Holiday first = holidays.add(year, new HolidayDraft(monday, "Hari Kemerdekaan RI", LIBUR_NASIONAL), "SKB",
                user("admin.bappeda"));
        Holiday other = holidays.add(year, new HolidayDraft(monday.plusDays(1), "Cuti bersama", CUTI_BERSAMA), "SKB",
                user("admin.bappeda"));

        assertThatThrownBy(() -> holidays.add(year, new HolidayDraft(monday, "Libur kembar", LIBUR_DAERAH), "SK",
                user("admin.bappeda")))
                .isInstanceOfSatisfying(BusinessException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("kalender.error.tanggal-sudah-ada");
                    assertThat(refused.arguments()).contains("Hari Kemerdekaan RI");
                });
        assertThatThrownBy(() -> holidays.update(other, new HolidayDraft(monday, "Cuti bersama", CUTI_BERSAMA),
                "geser", user("admin.bappeda")))
                .extracting("messageKey").isEqualTo("kalender.error.tanggal-sudah-ada");
        assertThat(holidays.update(first, new HolidayDraft(monday, "Proklamasi Kemerdekaan", LIBUR_NASIONAL),
                "nama dari SKB", user("admin.bappeda")).name()).isEqualTo("Proklamasi Kemerdekaan");
        assertThat(holidays.holidays(year)).extracting(Holiday::name)
                .containsExactly("Proklamasi Kemerdekaan", "Cuti bersama");
    }

    @Test
    void adding_changing_or_removing_without_a_reason_is_refused_and_nothing_changes() {
        assertThatThrownBy(() -> holidays.add(year, new HolidayDraft(monday, "Libur uji", LIBUR_DAERAH), "  ",
                user("admin.bappeda"))).extracting("messageKey").isEqualTo("umum.error.alasan-wajib");
        Holiday holiday = holidays.add(year, new HolidayDraft(monday, "Libur uji", LIBUR_DAERAH), "SK Wali Kota",
                user("admin.bappeda"));
        int audited = holidays.history(year).size();

        assertThatThrownBy(() -> holidays.update(holiday, new HolidayDraft(monday, "Libur lain", LIBUR_DAERAH), null,
                user("admin.bappeda"))).extracting("messageKey").isEqualTo("umum.error.alasan-wajib");
        assertThatThrownBy(() -> holidays.remove(holiday, "", user("admin.bappeda")))
                .extracting("messageKey").isEqualTo("umum.error.alasan-wajib");

        assertThat(holidays.holidays(year)).extracting(Holiday::name).containsExactly("Libur uji");
        assertThat(holidays.history(year)).hasSize(audited);
    }

    @Test
    void an_empty_name_a_missing_date_and_a_stale_edit_are_refused() {
        assertThatThrownBy(() -> holidays.add(year, new HolidayDraft(monday, "   ", LIBUR_DAERAH), "SK",
                user("admin.bappeda"))).extracting("messageKey").isEqualTo("kalender.error.nama-wajib");
        assertThatThrownBy(() -> holidays.add(year, new HolidayDraft(null, "Libur", LIBUR_DAERAH), "SK",
                user("admin.bappeda"))).extracting("messageKey").isEqualTo("kalender.error.tanggal-wajib");
        Holiday readByBoth = holidays.add(year, new HolidayDraft(monday, "Libur uji", LIBUR_DAERAH), "SK",
                user("admin.bappeda"));
        holidays.update(readByBoth, new HolidayDraft(monday, "Libur uji pertama", LIBUR_DAERAH), "pertama",
                user("admin.bappeda"));

        assertThatThrownBy(() -> holidays.update(readByBoth, new HolidayDraft(monday, "Libur uji kedua",
                LIBUR_DAERAH), "kedua", user("admin"))).extracting("messageKey").isEqualTo("umum.error.konflik");
        assertThatThrownBy(() -> holidays.remove(readByBoth, "hapus", user("admin")))
                .extracting("messageKey").isEqualTo("umum.error.konflik");
        assertThat(holidays.holidays(year)).extracting(Holiday::name).containsExactly("Libur uji pertama");
    }

    @Test
    void only_the_bappeda_admin_or_the_system_administrator_may_change_holidays() {
        assertThatThrownBy(() -> holidays.add(year, new HolidayDraft(monday, "Libur kelurahan", LIBUR_DAERAH),
                "ingin libur", user("lurah.medono")))
                .extracting("messageKey").isEqualTo("kalender.error.bukan-untuk-anda");
        assertThat(holidays.holidays(year)).isEmpty();
    }
}
