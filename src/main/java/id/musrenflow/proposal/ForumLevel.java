package id.musrenflow.proposal;

/** The forums that decide usulan as a list: musrenbang kelurahan and musrenbang kecamatan (domain guide §1, 4 and 6). */
public enum ForumLevel {
    KELURAHAN, KECAMATAN
}
