package id.musrenflow.proposal;

/** FISIK (physical works) needs photos and a map point before submission; NON_FISIK does not. */
public enum ProposalKind {
    FISIK, NON_FISIK
}
