package id.musrenflow.proposal.process;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Each position an overdue usulan task escalates to, as issue 10 lists them. */
class PosisiAtasanTest {

    @Test
    void rw_head_escalates_to_the_lurah_of_the_rws_kelurahan() {
        assertThat(PosisiAtasan.dari("ketua-rw:33.75.01.1002.002")).contains("lurah:33.75.01.1002");
    }

    @Test
    void kelurahan_staff_and_lpm_escalate_to_their_lurah() {
        assertThat(PosisiAtasan.dari("staf-kelurahan:33.75.01.1002")).contains("lurah:33.75.01.1002");
        assertThat(PosisiAtasan.dari("lpm:33.75.01.1002")).contains("lurah:33.75.01.1002");
    }

    @Test
    void lurah_escalates_to_the_camat_of_the_kecamatan() {
        assertThat(PosisiAtasan.dari("lurah:33.75.01.1002")).contains("camat:33.75.01");
    }

    @Test
    void kecamatan_field_team_and_opd_verifiers_escalate_to_bappeda() {
        assertThat(PosisiAtasan.dari("staf-kecamatan:33.75.01")).contains("bappeda");
        assertThat(PosisiAtasan.dari("verifikator-opd:DPUPR")).contains("bappeda");
    }

    @Test
    void bappeda_and_other_positions_have_none_above() {
        assertThat(PosisiAtasan.dari("bappeda")).isEmpty();
        assertThat(PosisiAtasan.dari("ketua-rt:33.75.01.1002.002.003")).isEmpty();
        assertThat(PosisiAtasan.dari("tidak-dikenal:1")).isEmpty();
        assertThat(PosisiAtasan.dari("ketua-rw:")).isEmpty();
    }
}
