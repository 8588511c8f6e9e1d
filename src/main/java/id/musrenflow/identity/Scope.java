package id.musrenflow.identity;

import id.musrenflow.region.Level;

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
    SYSTEM;

    /** The region level a position of this scope sits at; null for scopes not held in a territory. */
    public Level territoryLevel() {
        return switch (this) {
            case RT -> Level.RT;
            case RW -> Level.RW;
            case KELURAHAN, KELURAHAN_ORGANISATION -> Level.KELURAHAN;
            case KECAMATAN -> Level.KECAMATAN;
            default -> null;
        };
    }
}
