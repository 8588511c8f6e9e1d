package id.musrenflow.identity;

/**
 * Positions (jabatan) of domain.md §5. The role and the Camunda candidate group derive from the position, not the
 * person, so work follows the position when officials change or an acting official (Plt/Plh) steps in.
 */
public enum PositionType {
    KETUA_RT(Scope.RT, "ketua-rt", true),
    KETUA_RW(Scope.RW, "ketua-rw", true),
    LPM(Scope.KELURAHAN, "lpm", false),
    PENGURUS_LKK(Scope.KELURAHAN_ORGANISATION, "pengurus-lkk", false),
    POKMAS(Scope.KELURAHAN_ORGANISATION, "pokmas", false),
    LURAH(Scope.KELURAHAN, "lurah", true),
    STAF_KELURAHAN(Scope.KELURAHAN, "staf-kelurahan", false),
    CAMAT(Scope.KECAMATAN, "camat", true),
    STAF_KECAMATAN(Scope.KECAMATAN, "staf-kecamatan", false),
    VERIFIKATOR_OPD(Scope.OPD, "verifikator-opd", false),
    BAPPEDA(Scope.CITY, "bappeda", false),
    BAPPEDA_ADMIN(Scope.CITY, "bappeda-admin", false),
    DPRD(Scope.CITY, "dprd", false),
    DINSOS_VERIFIKATOR(Scope.CITY, "dinsos-verifikator", false),
    PENGURUS_LKKS(Scope.CITY, "pengurus-lkks", false),
    ASESOR(Scope.CITY, "asesor", false),
    BALKS(Scope.CITY, "balks", false),
    PENGURUS_LKS(Scope.LKS, "pengurus-lks", false),
    PEMANTAU(Scope.CITY, "pemantau", false),
    ADMIN_SISTEM(Scope.SYSTEM, "admin-sistem", false),
    INTEGRASI(Scope.SYSTEM, "integrasi", false);

    /** Camunda's built-in administrators group: full access to Cockpit, Admin and the engine. */
    public static final String CAMUNDA_ADMIN_GROUP = "camunda-admin";

    private final Scope scope;
    private final String groupPrefix;
    private final boolean singleHolder;

    PositionType(Scope scope, String groupPrefix, boolean singleHolder) {
        this.scope = scope;
        this.groupPrefix = groupPrefix;
        this.singleHolder = singleHolder;
    }

    public Scope scope() {
        return scope;
    }

    /** Only one definitive holder at a time (a Lurah per kelurahan, a Ketua RT per RT...). */
    public boolean singleHolder() {
        return singleHolder;
    }

    /** Spring Security role name, e.g. {@code LURAH}; authorities carry the {@code ROLE_} prefix. */
    public String role() {
        return name();
    }

    public boolean needsTerritory() {
        return switch (scope) {
            case RT, RW, KELURAHAN, KECAMATAN, KELURAHAN_ORGANISATION -> true;
            default -> false;
        };
    }

    public boolean needsOrganisation() {
        return scope == Scope.OPD || scope == Scope.KELURAHAN_ORGANISATION || scope == Scope.LKS;
    }

    /**
     * The candidate group of this position: {@code lurah:33.75.01.1002}, {@code verifikator-opd:DPUPR},
     * {@code pengurus-lkk:33.75.01.1002:PKK}, or the bare prefix for city-wide positions.
     */
    public String groupId(String territoryCode, String organisationCode) {
        return switch (scope) {
            case RT, RW, KELURAHAN, KECAMATAN -> groupPrefix + ":" + territoryCode;
            case KELURAHAN_ORGANISATION -> groupPrefix + ":" + territoryCode + ":" + organisationCode;
            case OPD, LKS -> groupPrefix + ":" + organisationCode;
            case CITY, SYSTEM -> groupPrefix;
        };
    }

    public String groupPrefix() {
        return groupPrefix;
    }
}
