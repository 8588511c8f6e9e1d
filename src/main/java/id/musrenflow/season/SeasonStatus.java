package id.musrenflow.season;

/** A season runs from the day Bappeda opens it until the RKPD of its planning year is final. */
public enum SeasonStatus {
    DIBUKA,
    DITUTUP
}
