package id.musrenflow.lks.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.DescriptionList.Description;
import com.vaadin.flow.component.html.DescriptionList.Term;
import id.musrenflow.base.IndonesianDates;
import id.musrenflow.lks.Organisation;
import id.musrenflow.region.RegionService;

/** An organisation's registry entry: legal form, address, field of service, registration and accreditation. */
@StyleSheet("context://styles/lks.css")
class OrganisationProfile extends DescriptionList {

    OrganisationProfile(Organisation organisation, RegionService regions) {
        addClassName("mf-lks-profil");
        setId("lks-profil");
        row("lks.profil.kode", organisation.code());
        row("lks.profil.bentuk", getTranslation("lks.bentuk." + organisation.legalForm().name()));
        row("lks.profil.alamat", organisation.address() + ", " + regions.describe(organisation.kelurahanCode()));
        row("lks.profil.bidang", getTranslation("lks.bidang." + organisation.serviceField().name()));
        row("lks.profil.anggota-lkks", getTranslation(organisation.lkksMember() ? "lks.ya" : "lks.tidak"));
        row("lks.profil.status", getTranslation("lks.status-lembaga." + organisation.status().name()));
        if (organisation.registrationNumber() != null) {
            row("lks.profil.tanda-daftar", getTranslation("lks.profil.berlaku", organisation.registrationNumber(),
                    IndonesianDates.longDate(organisation.registrationValidUntil(), getLocale())));
        }
        if (organisation.accreditation() != null) {
            row("lks.profil.akreditasi", getTranslation("lks.profil.berlaku", organisation.accreditation().name(),
                    IndonesianDates.longDate(organisation.accreditationValidUntil(), getLocale())));
        }
    }

    private void row(String key, String value) {
        add(new Term(getTranslation(key)), new Description(value));
    }
}
