-- What the planners' register and dashboard read beside the status: when the usulan was submitted, when the
-- kecamatan survey team found it feasible (it then waits for the musrenbang kecamatan, status unchanged), and the
-- due date of its open task (the overdue filter). Indexes for the filters a planner combines with the year.
alter table usulan add column diajukan_pada timestamp;
alter table usulan add column lapangan_layak_pada timestamp;
alter table usulan add column tenggat timestamp;

update usulan set diajukan_pada = (select min(r.waktu) from usulan_riwayat r
                                   where r.usulan_id = usulan.id and r.dari_status = 'DRAFT');

create index ix_usulan_tahun_opd_awal on usulan (tahun, opd_awal);
create index ix_usulan_tahun_opd_akhir on usulan (tahun, opd_akhir);
create index ix_usulan_tahun_rw on usulan (tahun, kode_rw);
create index ix_usulan_tahun_nomor on usulan (tahun, nomor);
create index ix_usulan_pengusul_asal on usulan (pengusul_username, asal);
create index ix_riwayat_usulan_peristiwa on usulan_riwayat (usulan_id, peristiwa, waktu);
