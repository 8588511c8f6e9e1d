package id.musrenflow.lks;

/** A first registration or the renewal of one that is about to expire (or has expired). */
public enum ApplicationKind { BARU, PERPANJANGAN }
