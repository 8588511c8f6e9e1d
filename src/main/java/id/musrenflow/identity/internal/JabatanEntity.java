package id.musrenflow.identity.internal;

import id.musrenflow.identity.Position;
import id.musrenflow.identity.PositionStatus;
import id.musrenflow.identity.PositionType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

@Entity
@Table(name = "jabatan")
public class JabatanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "pengguna_id")
    private long penggunaId;
    @Enumerated(EnumType.STRING)
    private PositionType jenis;
    @Column(name = "wilayah_kode")
    private String wilayahKode;
    @Column(name = "organisasi_kode")
    private String organisasiKode;
    @Enumerated(EnumType.STRING)
    private PositionStatus status;
    private LocalDate mulai;
    private LocalDate selesai;
    private String keterangan;
    @Version
    private long version;

    protected JabatanEntity() {
    }

    public JabatanEntity(long penggunaId, PositionType jenis, String wilayahKode, String organisasiKode,
                         PositionStatus status, LocalDate mulai, LocalDate selesai, String keterangan) {
        this.penggunaId = penggunaId;
        this.jenis = jenis;
        this.wilayahKode = wilayahKode;
        this.organisasiKode = organisasiKode;
        this.status = status;
        this.mulai = mulai;
        this.selesai = selesai;
        this.keterangan = keterangan;
    }

    public Position toPosition() {
        return new Position(id, penggunaId, jenis, wilayahKode, organisasiKode, status, mulai, selesai, keterangan);
    }

    public long getPenggunaId() {
        return penggunaId;
    }

    public void setSelesai(LocalDate selesai) {
        this.selesai = selesai;
    }
}
