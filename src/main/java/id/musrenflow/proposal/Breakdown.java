package id.musrenflow.proposal;

/** What the dashboard splits usulan by. */
public enum Breakdown {
    /** the children of the territory in the filter: kecamatan of the city, kelurahan of a kecamatan, RW of a kelurahan */
    TERRITORY, OPD, FIELD, ORIGIN
}
