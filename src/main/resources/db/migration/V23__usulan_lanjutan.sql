-- Carry-over (domain.md §1): an usulan not funded but still within its validity (berlaku_sampai) is carried into
-- the next season as usulan ke-n. usulan_asal_id is the lineage to the usulan it continues; lanjut_di the forum it
-- re-enters when its proposer confirms it (KELURAHAN or KECAMATAN: the level it had reached).
alter table usulan add column usulan_asal_id bigint references usulan (id);
alter table usulan add column lanjut_di varchar(12);
alter table usulan add constraint ck_usulan_lanjut_di check (lanjut_di is null or lanjut_di in ('KELURAHAN', 'KECAMATAN'));
create index ix_usulan_asal on usulan (usulan_asal_id);
create index ix_usulan_tahun_status on usulan (tahun, status);
