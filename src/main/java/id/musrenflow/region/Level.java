package id.musrenflow.region;

/** Levels of the region hierarchy, from the city down to the neighbourhood (RT). */
public enum Level {
    KOTA, KECAMATAN, KELURAHAN, RW, RT;

    /** The level directly below this one, or {@code null} for RT. */
    public Level child() {
        return this == RT ? null : values()[ordinal() + 1];
    }
}
