package id.musrenflow.proposal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * Every field of an usulan (domain guide §1) with the decision of each level, for the register's exports. The
 * personal fields ({@code proposer}, {@code residentName}, {@code residentPhone}, the reasons written by
 * officials) stay out of the open-data file.
 */
public record ExportRow(long id, String number, int year, ProposalStatus status, ProposalStage stage,
                        LocalDateTime submittedAt, LocalDateTime changedAt, ProposalOrigin origin, String proposer,
                        String proposerPosition, String residentName, String residentPhone, String kelurahanCode,
                        String rwCode, List<String> rtCodes, String address, BigDecimal latitude,
                        BigDecimal longitude, ProposalKind kind, ProposalField field, String catalogueCode,
                        String catalogueName, String title, int revision, String problem, String description,
                        String expectedOutput, Integer beneficiaries, String beneficiaryGroup, BigDecimal volume,
                        String unit, BigDecimal unitCost, BigDecimal cost, String selfHelp, String initialOpd,
                        String finalOpd, String subActivityCode, Integer rankRw, Integer rankKelurahan,
                        Integer rankKecamatan, BigDecimal score, int repeatCount, LocalDate validUntil,
                        boolean kelurahanFund, Map<DecisionLevel, LevelDecision> decisions) {

    public LevelDecision decision(DecisionLevel level) {
        return decisions.get(level);
    }
}
