/**
 * Dana kelurahan (domain.md §2) and the LKK programmes that feed its pemberdayaan money (§4): the implementation
 * mode of an activity (decision table processes/mode-pelaksanaan.dmn), and the yearly programme of a lembaga
 * kemasyarakatan kelurahan drafted by its officer and reviewed by the kelurahan (processes/program-kerja-lkk.bpmn).
 * Engine code lives only in the {@code process} sub-package; the business state lives in the program_lkk tables.
 */
package id.musrenflow.danakelurahan;
