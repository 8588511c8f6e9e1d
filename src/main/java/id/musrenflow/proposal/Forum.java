package id.musrenflow.proposal;

/** A forum a user operates: the musrenbang of one kelurahan or one kecamatan. */
public record Forum(ForumLevel level, String territoryCode, String territoryName) {
}
