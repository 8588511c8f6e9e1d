package id.musrenflow.danakelurahan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The execution settings are checked when the application starts: a wrong split or period never reaches users. */
class ExecutionSettingsTest {

    @Test
    void defaults_are_forty_thirty_thirty_monthly_reports_and_a_fortnight_to_escalation() {
        ExecutionSettings settings = new ExecutionSettings(null, null, null, null);
        assertThat(settings.tahapPencairan()).containsExactly(40, 30, 30);
        assertThat(settings.periodeLaporan()).isEqualTo("P1M");
        assertThat(settings.eskalasiLaporan()).isEqualTo("P14D");
        assertThat(settings.maksBerkas()).isEqualTo(DataSize.ofMegabytes(5));
    }

    @Test
    void stages_must_be_positive_and_add_up_to_one_hundred() {
        assertThatThrownBy(() -> new ExecutionSettings(List.of(50, 30), null, null, null))
                .hasMessageContaining("adding up to 100");
        assertThatThrownBy(() -> new ExecutionSettings(List.of(110, -10), null, null, null))
                .hasMessageContaining("adding up to 100");
        assertThat(new ExecutionSettings(List.of(100), null, null, null).tahapPencairan()).containsExactly(100);
    }

    @Test
    void periods_must_be_iso_durations() {
        assertThatThrownBy(() -> new ExecutionSettings(null, "sebulan", null, null))
                .hasMessageContaining("periode-laporan");
        assertThatThrownBy(() -> new ExecutionSettings(null, null, "14 hari", null))
                .hasMessageContaining("eskalasi-laporan");
        assertThat(new ExecutionSettings(null, "P3M", "PT48H", null).eskalasiLaporan()).isEqualTo("PT48H");
    }
}
