package id.musrenflow.region;

/**
 * A region at any level. {@code code} is the Kemendagri code, extended by three digits for RW and RT
 * (33.75.01.1002.002.003 = RT 003 / RW 002 Medono), so containment is a prefix test on codes.
 */
public record Territory(String code, String name, Level level, String parentCode, Integer number, boolean active) {

    public boolean contains(String otherCode) {
        return TerritoryCodes.contains(code, otherCode);
    }

    /** "RT 003", "RW 002", or the name for named levels. */
    public String shortLabel() {
        return switch (level) {
            case RW, RT -> level.name() + " " + TerritoryCodes.threeDigits(number);
            default -> name;
        };
    }
}
