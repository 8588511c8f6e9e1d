package id.musrenflow.identity;

/** What a position is held in: a territory of a given level, an organisation, or the whole city. */
public enum Scope {
    RT, RW, KELURAHAN, KECAMATAN,
    /** an OPD (perangkat daerah), by its code */
    OPD,
    /** a community organisation in a kelurahan (PKK, Karang Taruna, Posyandu, BKM, Pokmas) */
    KELURAHAN_ORGANISATION,
    /** a social organisation (LKS), by its registry code */
    LKS,
    CITY,
    SYSTEM
}
