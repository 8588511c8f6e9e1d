package id.musrenflow.region.internal;

import id.musrenflow.region.Level;
import id.musrenflow.region.Territory;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "wilayah")
class WilayahEntity {

    @Id
    private String kode;
    private String nama;
    @Enumerated(EnumType.STRING)
    private Level tingkat;
    @Column(name = "kode_induk")
    private String kodeInduk;
    private Integer nomor;
    private boolean aktif = true;
    @Version
    private long version;

    protected WilayahEntity() {
    }

    WilayahEntity(String kode, String nama, Level tingkat, String kodeInduk, Integer nomor) {
        this.kode = kode;
        this.nama = nama;
        this.tingkat = tingkat;
        this.kodeInduk = kodeInduk;
        this.nomor = nomor;
    }

    Territory toTerritory() {
        return new Territory(kode, nama, tingkat, kodeInduk, nomor, aktif);
    }

    String kode() {
        return kode;
    }

    Level tingkat() {
        return tingkat;
    }

    void rename(String newName) {
        this.nama = newName;
    }

    void setActive(boolean active) {
        this.aktif = active;
    }
}
