/**
 * The planning season (musim perencanaan) of one planning year: the windows Bappeda sets each year for RT/RW
 * proposals, the forums and the verifications (domain.md §1, "Calendar"), opened and closed by the timers of
 * processes/musim-perencanaan.bpmn, extended by the Bappeda admin with a reason, and closed when the RKPD is final.
 * Every other module asks this one for the planning year and whether an action's window is open today.
 */
package id.musrenflow.season;
