package id.musrenflow.identity.internal;

import id.musrenflow.base.BusinessException;
import id.musrenflow.identity.NewPosition;
import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.Scope;
import id.musrenflow.reference.OpdService;
import id.musrenflow.region.RegionService;
import id.musrenflow.region.Territory;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** Whether a position may be given: territory of the right level, a known organisation, sensible dates. */
@Component
public class PositionRules {

    private final RegionService regions;
    private final OpdService opds;
    private final JabatanRepository positions;

    PositionRules(RegionService regions, OpdService opds, JabatanRepository positions) {
        this.regions = regions;
        this.opds = opds;
        this.positions = positions;
    }

    public void check(NewPosition command) {
        if (command.type() == null || command.status() == null || command.start() == null) {
            throw new BusinessException("jabatan.error.data-wajib");
        }
        if (command.end() != null && command.end().isBefore(command.start())) {
            throw new BusinessException("jabatan.error.tanggal-terbalik");
        }
        if (command.status().acting() && command.end() == null) {
            throw new BusinessException("jabatan.error.plt-butuh-akhir");
        }
        checkTerritory(command);
        checkOrganisation(command);
        checkSingleHolder(command);
    }

    private void checkTerritory(NewPosition command) {
        if (!command.type().needsTerritory()) {
            if (command.territoryCode() != null) {
                throw new BusinessException("jabatan.error.wilayah-tidak-perlu");
            }
            return;
        }
        Territory territory = regions.find(command.territoryCode())
                .orElseThrow(() -> new BusinessException("jabatan.error.wilayah-wajib"));
        if (territory.level() != command.type().scope().territoryLevel()) {
            throw new BusinessException("jabatan.error.tingkat-wilayah-salah", command.type().scope().territoryLevel());
        }
        if (!territory.active()) {
            throw new BusinessException("wilayah.error.induk-nonaktif", territory.shortLabel());
        }
    }

    private void checkOrganisation(NewPosition command) {
        String organisation = command.organisationCode();
        if (!command.type().needsOrganisation()) {
            if (organisation != null) {
                throw new BusinessException("jabatan.error.organisasi-tidak-perlu");
            }
            return;
        }
        if (organisation == null || !organisation.matches("[A-Za-z0-9._-]{2,60}")) {
            throw new BusinessException("jabatan.error.organisasi-wajib");
        }
        if (command.type().scope() == Scope.OPD && opds.find(organisation).filter(o -> o.active()).isEmpty()) {
            throw new BusinessException("jabatan.error.opd-tidak-dikenal", organisation);
        }
    }

    /** One definitive Lurah (Camat, Ketua RW, Ketua RT) at a time; an acting official may serve alongside. */
    private void checkSingleHolder(NewPosition command) {
        if (!command.type().singleHolder() || command.status() != PositionStatus.DEFINITIF) {
            return;
        }
        LocalDate end = command.end() == null ? LocalDate.MAX : command.end();
        boolean overlaps = positions.findByJenisAndWilayahKode(command.type(), command.territoryCode()).stream()
                .map(JabatanEntity::toPosition)
                .filter(p -> p.status() == PositionStatus.DEFINITIF)
                .anyMatch(p -> overlaps(p, command.start(), end));
        if (overlaps) {
            throw new BusinessException("jabatan.error.sudah-terisi");
        }
    }

    private static boolean overlaps(Position p, LocalDate start, LocalDate end) {
        LocalDate otherEnd = p.end() == null ? LocalDate.MAX : p.end();
        return !p.start().isAfter(end) && !start.isAfter(otherEnd);
    }

}
