package id.musrenflow.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDateTime;

@Entity
@Table(name = "pengguna")
public class PenggunaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String username;
    @Column(name = "password_hash")
    private String passwordHash;
    @Column(name = "nama_lengkap")
    private String namaLengkap;
    private String email;
    private String telepon;
    private String bahasa = "id";
    private boolean aktif = true;
    @Column(name = "gagal_login")
    private int gagalLogin;
    @Column(name = "terkunci_sampai")
    private LocalDateTime terkunciSampai;
    @Column(name = "dibuat_pada")
    private LocalDateTime dibuatPada;
    @Version
    private long version;

    protected PenggunaEntity() {
    }

    public PenggunaEntity(String username, String passwordHash, String namaLengkap, LocalDateTime dibuatPada) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.namaLengkap = namaLengkap;
        this.dibuatPada = dibuatPada;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public String getNamaLengkap() {
        return namaLengkap;
    }

    public void setNamaLengkap(String namaLengkap) {
        this.namaLengkap = namaLengkap;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getTelepon() {
        return telepon;
    }

    public void setTelepon(String telepon) {
        this.telepon = telepon;
    }

    public String getBahasa() {
        return bahasa;
    }

    public void setBahasa(String bahasa) {
        this.bahasa = bahasa;
    }

    public boolean isAktif() {
        return aktif;
    }

    public void setAktif(boolean aktif) {
        this.aktif = aktif;
    }

    public int getGagalLogin() {
        return gagalLogin;
    }

    public void setGagalLogin(int gagalLogin) {
        this.gagalLogin = gagalLogin;
    }

    public LocalDateTime getTerkunciSampai() {
        return terkunciSampai;
    }

    public void setTerkunciSampai(LocalDateTime terkunciSampai) {
        this.terkunciSampai = terkunciSampai;
    }
}
