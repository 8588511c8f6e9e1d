package id.musrenflow.region.internal;

import id.musrenflow.region.Level;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WilayahRepository extends JpaRepository<WilayahEntity, String> {

    List<WilayahEntity> findByTingkatOrderByKode(Level tingkat);

    List<WilayahEntity> findByKodeIndukOrderByKode(String kodeInduk);

    long countByTingkat(Level tingkat);

    @Query("select coalesce(max(w.nomor), 0) from WilayahEntity w where w.kodeInduk = ?1")
    int maxNumberUnder(String parentCode);

    @Query("select c.kodeInduk, count(c) from WilayahEntity c where c.kodeInduk in "
            + "(select p.kode from WilayahEntity p where p.kodeInduk = ?1) group by c.kodeInduk")
    List<Object[]> countGrandchildrenByChild(String parentCode);
}
