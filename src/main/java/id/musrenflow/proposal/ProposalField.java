package id.musrenflow.proposal;

/** Bidang of an usulan (domain guide §1). */
public enum ProposalField {
    INFRASTRUKTUR, SOSIAL, BUDAYA, EKONOMI
}
