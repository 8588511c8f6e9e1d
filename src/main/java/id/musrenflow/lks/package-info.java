/**
 * Social organisations (LKS, domain.md §3): the city registry with officers and documents, the public list of
 * registered and accredited organisations, and the registration (tanda daftar) at Dinas Sosial through the
 * pendaftaran-lks process. Only {@code lks.process} talks to the engine. Accreditation builds on this registry.
 */
package id.musrenflow.lks;
