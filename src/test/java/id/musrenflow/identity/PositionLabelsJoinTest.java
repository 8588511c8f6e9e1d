package id.musrenflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A title and its place read as officials write them, without "Ketua RT · RT 003". */
class PositionLabelsJoinTest {

    @Test
    void a_place_that_repeats_the_title_s_last_word_is_joined_into_one_name() {
        assertThat(PositionLabels.join("Ketua RT", "RT 003 / RW 002 Medono")).isEqualTo("Ketua RT 003 / RW 002 Medono");
        assertThat(PositionLabels.join("Ketua RW", "RW 002 Medono")).isEqualTo("Ketua RW 002 Medono");
        assertThat(PositionLabels.join("Lurah", "Medono")).isEqualTo("Lurah · Medono");
        assertThat(PositionLabels.join("Verifikator OPD", "Dinas PUPR")).isEqualTo("Verifikator OPD · Dinas PUPR");
        assertThat(PositionLabels.join("Bappeda", "")).isEqualTo("Bappeda");
    }
}
