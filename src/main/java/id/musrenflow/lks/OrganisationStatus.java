package id.musrenflow.lks;

/** Registration state of an organisation in the city registry. */
public enum OrganisationStatus { BELUM_TERDAFTAR, TERDAFTAR, KEDALUWARSA, NONAKTIF }
