-- Kamus usulan per planning year, maintained by the Bappeda admin (issue 10, point 4). An item is edited in place,
-- so two admins editing one item are told apart by its version (compare-and-set); a retired item keeps its row
-- (and the reason) because usulan still point at it.
alter table kamus_usulan add column version bigint not null default 0;
alter table kamus_usulan add column alasan_nonaktif varchar(500);

-- An usulan keeps the catalogue item as it was when the proposer saved it: every field the proposer relied on is
-- copied onto the usulan (unit cost x volume made its cost), so a later edit or retirement of the item never changes
-- what the usulan shows or how it is checked. kamus_id still names the row, for reports by item.
alter table usulan add column kamus_kode varchar(30);
alter table usulan add column kamus_nama varchar(200);
alter table usulan add column kamus_jenis varchar(10);
alter table usulan add column kamus_bidang varchar(15);
alter table usulan add column kamus_satuan varchar(30);
alter table usulan add column kamus_harga_satuan numeric(18, 0);
alter table usulan add column kamus_opd varchar(30);
alter table usulan add column kamus_bidang_urusan varchar(10);
alter table usulan add column kamus_sub_kegiatan varchar(30);
alter table usulan add column kamus_dana_kelurahan boolean;
alter table usulan add column kamus_wajib_foto boolean;
alter table usulan add column kamus_wajib_koordinat boolean;
alter table usulan add column kamus_wajib_bukti_lahan boolean;

update usulan set
    kamus_kode = (select k.kode from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_nama = (select k.nama from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_jenis = (select k.jenis from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_bidang = (select k.bidang from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_satuan = (select k.satuan from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_harga_satuan = (select k.harga_satuan from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_opd = (select k.opd_kode from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_bidang_urusan = (select k.bidang_urusan_kode from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_sub_kegiatan = (select k.sub_kegiatan_kode from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_dana_kelurahan = (select k.boleh_dana_kelurahan from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_wajib_foto = (select k.wajib_foto from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_wajib_koordinat = (select k.wajib_koordinat from kamus_usulan k where k.id = usulan.kamus_id),
    kamus_wajib_bukti_lahan = (select k.wajib_bukti_lahan from kamus_usulan k where k.id = usulan.kamus_id)
where kamus_id is not null;

-- The same item in another year is another row: duplicates across years are found by its code
create index ix_usulan_kamus_kode on usulan (kamus_kode, tahun);

-- Items Kota Pekalongan needs that V4 left out: rob (tidal flooding) and the batik home industry
insert into kamus_usulan (tahun, kode, nama, jenis, bidang, satuan, harga_satuan, opd_kode, bidang_urusan_kode,
                          sub_kegiatan_kode, boleh_dana_kelurahan, wajib_foto, wajib_koordinat, wajib_bukti_lahan) values
 (2027, 'RUMAH-POMPA', 'Pembangunan atau rehabilitasi rumah pompa dan pintu air pengendali rob', 'FISIK', 'INFRASTRUKTUR', 'unit', 1750000000, 'DPUPR', '1.03', null, false, true, true, true),
 (2027, 'BIOPORI', 'Pembuatan lubang resapan biopori di permukiman rawan genangan', 'FISIK', 'INFRASTRUKTUR', 'titik', 150000, 'DLH', '2.11', '7.01.03.2.02.0002', true, true, true, false),
 (2027, 'MANGROVE', 'Penanaman mangrove penahan abrasi dan rob di pesisir', 'FISIK', 'INFRASTRUKTUR', 'batang', 25000, 'DLH', '2.11', null, false, true, true, false),
 (2027, 'IPAL-BATIK', 'Pembangunan IPAL komunal limbah cair batik rumahan', 'FISIK', 'INFRASTRUKTUR', 'unit', 350000000, 'DLH', '2.11', null, false, true, true, true),
 (2027, 'PELATIHAN-BATIK', 'Pelatihan membatik dan pewarnaan alami bagi perajin batik rumahan', 'NON_FISIK', 'EKONOMI', 'orang', 1250000, 'DINPERINAKER', '3.31', '7.01.03.2.02.0003', true, false, false, false);
