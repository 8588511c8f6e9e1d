package id.musrenflow.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.musrenflow.PostgresIT;
import id.musrenflow.base.BusinessException;
import id.musrenflow.region.Level;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PositionGroupsIT extends PostgresIT {

    private static final String MEDONO = "33.75.01.1002";

    @Autowired
    private UserService users;
    @Autowired
    private RegionService regions;

    private UserAccount newUser(String prefix) {
        String username = unique(prefix);
        return users.createUser(new NewUser(username, "Test " + username, null, null, "rahasia-123"), "test");
    }

    @Test
    void groups_derive_from_positions_in_their_territory() {
        assertThat(users.groupsOf("rt003.medono")).containsExactly("ketua-rt:33.75.01.1002.002.003");
        assertThat(users.groupsOf("lurah.medono")).containsExactly("lurah:" + MEDONO);
        assertThat(users.groupsOf("opd.pupr")).containsExactly("verifikator-opd:DPUPR");
        assertThat(users.groupsOf("pkk.medono")).containsExactly("pengurus-lkk:" + MEDONO + ":PKK");
        assertThat(users.groupsOf("bappeda")).containsExactly("bappeda");
        assertThat(users.groupsOf("admin")).containsExactlyInAnyOrder("admin-sistem", "camunda-admin");
    }

    @Test
    void an_expired_acting_position_no_longer_gives_its_group() {
        UserAccount user = newUser("plh.expired");
        LocalDate today = users.today();
        users.addPosition(user.id(), new NewPosition(PositionType.LURAH, "33.75.02.1004", null, PositionStatus.PLH,
                today.minusDays(20), today.minusDays(1), "Plh. selama lurah cuti"), "test");
        users.addPosition(user.id(), new NewPosition(PositionType.CAMAT, "33.75.02", null, PositionStatus.PLT,
                today.minusDays(5), today.plusDays(5), "Plt. Camat Pekalongan Timur"), "test");
        users.addPosition(user.id(), new NewPosition(PositionType.LPM, "33.75.02.1004", null, PositionStatus.DEFINITIF,
                today.plusDays(3), null, "mulai bulan depan"), "test");

        assertThat(users.groupsOf(user.username())).containsExactly("camat:33.75.02");
        assertThat(users.activePositions(user.username())).extracting(Position::type).containsExactly(PositionType.CAMAT);
    }

    @Test
    void membership_follows_the_position_when_the_official_changes() {
        // an RW nobody heads yet: earlier runs on a reused database leave their incoming head in office
        String rw = regions.byLevel(Level.RW).stream().map(Territory::code)
                .filter(code -> code.startsWith("33.75.02.")).filter(code -> users.membersOf("ketua-rw:" + code).isEmpty())
                .findFirst().orElseThrow();
        UserAccount outgoing = newUser("lurah.lama");
        UserAccount incoming = newUser("lurah.baru");
        LocalDate today = users.today();
        Position old = users.addPosition(outgoing.id(), new NewPosition(PositionType.KETUA_RW, rw, null,
                PositionStatus.DEFINITIF, today.minusYears(4), null, null), "test");
        assertThat(users.membersOf("ketua-rw:" + rw)).contains(outgoing.username());

        users.endPosition(old.id(), today.minusDays(1), "masa jabatan berakhir", "test");
        users.addPosition(incoming.id(), new NewPosition(PositionType.KETUA_RW, rw, null,
                PositionStatus.DEFINITIF, today, null, null), "test");

        assertThat(users.membersOf("ketua-rw:" + rw))
                .contains(incoming.username()).doesNotContain(outgoing.username());
    }

    @Test
    void a_second_definitive_lurah_is_refused_but_an_acting_one_is_accepted() {
        UserAccount user = newUser("lurah.kedua");
        LocalDate today = users.today();
        assertThatThrownBy(() -> users.addPosition(user.id(), new NewPosition(PositionType.LURAH, MEDONO, null,
                PositionStatus.DEFINITIF, today, null, null), "test"))
                .isInstanceOf(BusinessException.class).extracting("messageKey").isEqualTo("jabatan.error.sudah-terisi");
        Position acting = users.addPosition(user.id(), new NewPosition(PositionType.LURAH, MEDONO, null,
                PositionStatus.PLH, today, today.plusDays(14), "Plh. selama dinas luar"), "test");
        assertThat(acting.groupId()).isEqualTo("lurah:" + MEDONO);
    }

    @Test
    void a_position_must_sit_at_the_right_level_of_the_region() {
        UserAccount user = newUser("salah.tingkat");
        LocalDate today = users.today();
        assertThatThrownBy(() -> users.addPosition(user.id(), new NewPosition(PositionType.KETUA_RT, MEDONO, null,
                PositionStatus.DEFINITIF, today, null, null), "test"))
                .extracting("messageKey").isEqualTo("jabatan.error.tingkat-wilayah-salah");
        assertThatThrownBy(() -> users.addPosition(user.id(), new NewPosition(PositionType.VERIFIKATOR_OPD, null,
                "TIDAKADA", PositionStatus.DEFINITIF, today, null, null), "test"))
                .extracting("messageKey").isEqualTo("jabatan.error.opd-tidak-dikenal");
        assertThatThrownBy(() -> users.addPosition(user.id(), new NewPosition(PositionType.LURAH, "33.75.03.1002", null,
                PositionStatus.PLT, today, null, null), "test"))
                .extracting("messageKey").isEqualTo("jabatan.error.plt-butuh-akhir");
    }
}
