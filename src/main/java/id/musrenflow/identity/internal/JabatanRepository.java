package id.musrenflow.identity.internal;

import id.musrenflow.identity.PositionType;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JabatanRepository extends JpaRepository<JabatanEntity, Long> {

    List<JabatanEntity> findByPenggunaIdOrderByMulai(long penggunaId);

    List<JabatanEntity> findByPenggunaIdIn(Collection<Long> penggunaIds);

    List<JabatanEntity> findByJenisAndWilayahKode(PositionType jenis, String wilayahKode);

    boolean existsByWilayahKode(String wilayahKode);

    boolean existsByWilayahKodeStartingWith(String prefix);
}
