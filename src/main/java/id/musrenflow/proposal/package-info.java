/**
 * Usulan (proposals) from the RT head to the RKPD: the business record, its status history, attachments, the
 * catalogue (kamus usulan), and the usulan-musrenbang process that carries it through every level.
 */
package id.musrenflow.proposal;
