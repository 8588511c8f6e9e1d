package id.musrenflow.season;

/** Bappeda declared the RKPD of this planning year final: the season's usulan are locked (DIKUNCI). */
public record SeasonClosed(int planningYear, String actor) {
}
