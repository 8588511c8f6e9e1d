package id.musrenflow.proposal;

/** Who raised the usulan; only RT usulan pass the RW review, the others go straight to the kelurahan. */
public enum ProposalOrigin {
    RT, RW, LKK, POKIR, WARGA, LANGSUNG;

    public boolean needsRwReview() {
        return this == RT || this == WARGA;
    }
}
