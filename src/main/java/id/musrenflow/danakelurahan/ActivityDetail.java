package id.musrenflow.danakelurahan;

import java.math.BigDecimal;
import java.util.List;

/**
 * A dana kelurahan activity as its page shows it.
 *
 * @param pokmasCode organisation code of the Pokmas carrying it out (swakelola tipe IV), else null
 * @param contract   null unless carried out by a penyedia and recorded
 */
public record ActivityDetail(long id, String number, int year, String kelurahanCode, FundField field,
                             String subActivityCode, String description, BigDecimal budget, Long proposalId,
                             ActivityStatus status, ImplementationMode mode, ContractForm contractForm,
                             String modeReason, String pokmasCode, ProviderContract contract, int physicalPercent,
                             int financialPercent, List<ReleaseStage> stages, List<TeamMember> teams,
                             List<ActivityDocument> documents, List<ProgressReport> reports) {

    public BigDecimal released() {
        return stages.stream().filter(ReleaseStage::isReleased).map(ReleaseStage::released)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal realised() {
        return stages.stream().filter(s -> s.lpjStatus() == LpjStatus.DIVERIFIKASI).map(ReleaseStage::realised)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The implementer's candidate group: the Pokmas for swakelola tipe IV, the kelurahan staff otherwise. */
    public String implementerGroup() {
        return mode == ImplementationMode.SWAKELOLA_TIPE_IV && pokmasCode != null
                ? "pokmas:" + kelurahanCode + ":" + pokmasCode : "staf-kelurahan:" + kelurahanCode;
    }

    /** The first stage not yet released, or empty when all are. */
    public java.util.Optional<ReleaseStage> nextRelease() {
        return stages.stream().filter(s -> !s.isReleased()).findFirst();
    }

    public boolean closed() {
        return status == ActivityStatus.DITUTUP;
    }
}
