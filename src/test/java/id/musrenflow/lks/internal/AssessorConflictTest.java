package id.musrenflow.lks.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import id.musrenflow.identity.UserAccount;
import id.musrenflow.lks.LegalForm;
import id.musrenflow.lks.Officer;
import id.musrenflow.lks.Organisation;
import id.musrenflow.lks.OrganisationStatus;
import id.musrenflow.lks.ServiceField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The assessor conflict-of-interest rule on its own: positions at the LKS and listed officers. */
class AssessorConflictTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 4, 1);
    private static final Organisation HARAPAN = new Organisation(1, "LKS-HARAPAN-BANGSA", "Panti Asuhan Harapan Bangsa",
            LegalForm.YAYASAN, "Jl. Uji", "33.75.01.1002", ServiceField.ANAK, false, OrganisationStatus.TERDAFTAR,
            "LKS-3375-2027-0001", TODAY.plusYears(4), null, null);
    private static final List<Officer> OFFICERS = List.of(
            new Officer(1, "Muhammad Ridwan", "Ketua", "3375********0001", TODAY.minusYears(2), null),
            new Officer(2, "Siti Khotijah", "Sekretaris", "3375********0002", TODAY.minusYears(5),
                    TODAY.minusYears(1)));

    private static UserAccount user(String fullName, boolean active, Position... positions) {
        return new UserAccount(9, "u", fullName, null, null, "id", active, null, new ArrayList<>(List.of(positions)));
    }

    private static Position position(PositionType type, String organisation, LocalDate end) {
        return new Position(1L, 9, type, null, organisation, PositionStatus.DEFINITIF, TODAY.minusYears(1), end,
                null);
    }

    private static final Position ASESOR = position(PositionType.ASESOR, null, null);

    @Test
    void an_unrelated_active_assessor_may_be_assigned() {
        assertThat(AssessorConflict.refusal(user("Dr. Budi Prasetyo", true, ASESOR), HARAPAN, OFFICERS, TODAY))
                .isNull();
    }

    @Test
    void an_assessor_holding_a_position_at_the_organisation_is_refused_even_an_ended_one() {
        assertThat(AssessorConflict.refusal(user("Dr. Budi", true, ASESOR,
                position(PositionType.PENGURUS_LKS, "LKS-HARAPAN-BANGSA", null)), HARAPAN, OFFICERS, TODAY))
                .isEqualTo("lks.akreditasi.error.asesor-terkait");
        assertThat(AssessorConflict.refusal(user("Dr. Budi", true, ASESOR,
                position(PositionType.PENGURUS_LKS, "LKS-HARAPAN-BANGSA", TODAY.minusMonths(2))), HARAPAN, OFFICERS,
                TODAY)).isEqualTo("lks.akreditasi.error.asesor-terkait");
        // an officer of another organisation is not linked to this one
        assertThat(AssessorConflict.refusal(user("Dr. Budi", true, ASESOR,
                position(PositionType.PENGURUS_LKS, "LKS-KASIH-IBU", null)), HARAPAN, OFFICERS, TODAY)).isNull();
    }

    @Test
    void an_assessor_listed_among_the_officers_is_refused_whatever_the_spacing_or_case_or_term() {
        assertThat(AssessorConflict.refusal(user(" muhammad  RIDWAN ", true, ASESOR), HARAPAN, OFFICERS, TODAY))
                .isEqualTo("lks.akreditasi.error.asesor-terkait");
        assertThat(AssessorConflict.refusal(user("Siti Khotijah", true, ASESOR), HARAPAN, OFFICERS, TODAY))
                .isEqualTo("lks.akreditasi.error.asesor-terkait");
    }

    @Test
    void only_known_active_holders_of_an_active_assessor_position_may_be_assigned() {
        assertThat(AssessorConflict.refusal(null, HARAPAN, OFFICERS, TODAY))
                .isEqualTo("lks.akreditasi.error.asesor-tidak-dikenal");
        assertThat(AssessorConflict.refusal(user("Dr. Budi", false, ASESOR), HARAPAN, OFFICERS, TODAY))
                .isEqualTo("lks.akreditasi.error.asesor-tidak-dikenal");
        assertThat(AssessorConflict.refusal(user("Dr. Budi", true, position(PositionType.BALKS, null, null)),
                HARAPAN, OFFICERS, TODAY)).isEqualTo("lks.akreditasi.error.bukan-asesor");
        assertThat(AssessorConflict.refusal(user("Dr. Budi", true, position(PositionType.ASESOR, null,
                TODAY.minusDays(1))), HARAPAN, OFFICERS, TODAY)).isEqualTo("lks.akreditasi.error.bukan-asesor");
    }
}
