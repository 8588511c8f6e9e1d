-- Life of an usulan after the RKPD (issue 10 point 6): the OPD records the budget (DPA), the start and the
-- completion with its realisation and photos of the result. The status column has no check constraint; the new
-- statuses TIDAK_MASUK_RKPD and TIDAK_DIANGGARKAN need no change there.
alter table usulan add column nomor_dpa varchar(100);
alter table usulan add column tanggal_dpa date;
alter table usulan add column nilai_anggaran numeric(18, 0);
alter table usulan add column tanggal_mulai date;
alter table usulan add column tanggal_selesai date;
alter table usulan add column nilai_realisasi numeric(18, 0);
alter table usulan add constraint ck_usulan_nilai_anggaran check (nilai_anggaran is null or nilai_anggaran > 0);
alter table usulan add constraint ck_usulan_nilai_realisasi check (nilai_realisasi is null or nilai_realisasi >= 0);
alter table usulan add constraint ck_usulan_tanggal_mulai check (tanggal_mulai is null or tanggal_mulai >= tanggal_dpa);
alter table usulan add constraint ck_usulan_tanggal_selesai
    check (tanggal_selesai is null or tanggal_selesai >= tanggal_mulai);

-- Photos of the finished work
alter table usulan_lampiran drop constraint ck_lampiran_jenis;
alter table usulan_lampiran add constraint ck_lampiran_jenis
    check (jenis in ('FOTO', 'BUKTI_LAHAN', 'RAB', 'LAINNYA', 'HASIL'));
