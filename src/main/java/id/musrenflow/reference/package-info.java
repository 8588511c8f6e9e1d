/** Reference data: Kemendagri classification (urusan, bidang urusan, sub kegiatan) and the editable OPD list. */
package id.musrenflow.reference;
