package id.musrenflow.lks;

/** What the registry form sends for a new or edited organisation; checked by RegistryService. */
public record OrganisationDraft(String name, LegalForm legalForm, String deedNumber, String decreeNumber,
                                String address, String kelurahanCode, ServiceField serviceField) {
}
