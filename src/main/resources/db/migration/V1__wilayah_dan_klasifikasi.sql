-- Regions: Kemendagri codes for kota, kecamatan, kelurahan (../shared/data/wilayah-kota-pekalongan.csv).
-- RW and RT extend the kelurahan code with three digits each: 33.75.01.1002.002.003 = RT 003 / RW 002 Medono.
-- One table for the whole hierarchy, so a territory is contained in another exactly when its code starts with it.
create table wilayah (
    kode        varchar(30)  primary key,
    nama        varchar(120) not null,
    tingkat     varchar(12)  not null,
    kode_induk  varchar(30)  references wilayah (kode),
    nomor       integer,
    aktif       boolean      not null default true,
    version     bigint       not null default 0,
    constraint ck_wilayah_tingkat check (tingkat in ('KOTA', 'KECAMATAN', 'KELURAHAN', 'RW', 'RT'))
);
create index ix_wilayah_induk on wilayah (kode_induk);

insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75', 'Kota Pekalongan', 'KOTA', null);
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.01', 'Pekalongan Barat', 'KECAMATAN', '33.75');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.02', 'Pekalongan Timur', 'KECAMATAN', '33.75');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.03', 'Pekalongan Utara', 'KECAMATAN', '33.75');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.04', 'Pekalongan Selatan', 'KECAMATAN', '33.75');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.01.1002', 'Medono', 'KELURAHAN', '33.75.01');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.01.1003', 'Podosugih', 'KELURAHAN', '33.75.01');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.01.1004', 'Sapuro Kebulen', 'KELURAHAN', '33.75.01');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.01.1006', 'Bendan Kergon', 'KELURAHAN', '33.75.01');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.01.1008', 'Pasirkratonkramat', 'KELURAHAN', '33.75.01');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.01.1009', 'Tirto', 'KELURAHAN', '33.75.01');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.01.1012', 'Pringrejo', 'KELURAHAN', '33.75.01');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.02.1002', 'Noyontaansari', 'KELURAHAN', '33.75.02');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.02.1004', 'Kauman', 'KELURAHAN', '33.75.02');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.02.1007', 'Poncol', 'KELURAHAN', '33.75.02');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.02.1008', 'Klego', 'KELURAHAN', '33.75.02');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.02.1009', 'Gamer', 'KELURAHAN', '33.75.02');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.02.1010', 'Setono', 'KELURAHAN', '33.75.02');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.02.1012', 'Kali Baros', 'KELURAHAN', '33.75.02');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.03.1002', 'Krapyak', 'KELURAHAN', '33.75.03');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.03.1003', 'Kandang Panjang', 'KELURAHAN', '33.75.03');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.03.1004', 'Panjang Wetan', 'KELURAHAN', '33.75.03');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.03.1006', 'Padukuhan Kraton', 'KELURAHAN', '33.75.03');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.03.1007', 'Degayu', 'KELURAHAN', '33.75.03');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.03.1009', 'Bandengan', 'KELURAHAN', '33.75.03');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.03.1010', 'Panjang Baru', 'KELURAHAN', '33.75.03');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.04.1002', 'Banyurip', 'KELURAHAN', '33.75.04');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.04.1003', 'Buaran Kradenan', 'KELURAHAN', '33.75.04');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.04.1004', 'Jenggot', 'KELURAHAN', '33.75.04');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.04.1006', 'Kuripan Kertoharjo', 'KELURAHAN', '33.75.04');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.04.1008', 'Kuripan Yosorejo', 'KELURAHAN', '33.75.04');
insert into wilayah (kode, nama, tingkat, kode_induk) values ('33.75.04.1010', 'Sokoduwet', 'KELURAHAN', '33.75.04');

-- Kemendagri nomenclature (Permendagri 90/2019): urusan and bidang urusan
create table urusan (
    kode        varchar(10)  primary key,
    nama        varchar(200) not null,
    jenis       varchar(15)  not null,
    kode_induk  varchar(10)  references urusan (kode),
    constraint ck_urusan_jenis check (jenis in ('URUSAN', 'BIDANG_URUSAN'))
);

insert into urusan (kode, nama, jenis, kode_induk) values ('1', 'Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar', 'URUSAN', null);
insert into urusan (kode, nama, jenis, kode_induk) values ('1.01', 'Pendidikan', 'BIDANG_URUSAN', '1');
insert into urusan (kode, nama, jenis, kode_induk) values ('1.02', 'Kesehatan', 'BIDANG_URUSAN', '1');
insert into urusan (kode, nama, jenis, kode_induk) values ('1.03', 'Pekerjaan Umum dan Penataan Ruang', 'BIDANG_URUSAN', '1');
insert into urusan (kode, nama, jenis, kode_induk) values ('1.04', 'Perumahan Rakyat dan Kawasan Permukiman', 'BIDANG_URUSAN', '1');
insert into urusan (kode, nama, jenis, kode_induk) values ('1.05', 'Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat', 'BIDANG_URUSAN', '1');
insert into urusan (kode, nama, jenis, kode_induk) values ('1.06', 'Sosial', 'BIDANG_URUSAN', '1');
insert into urusan (kode, nama, jenis, kode_induk) values ('2', 'Urusan Pemerintahan Wajib yang Tidak Berkaitan dengan Pelayanan Dasar', 'URUSAN', null);
insert into urusan (kode, nama, jenis, kode_induk) values ('2.07', 'Tenaga Kerja', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.08', 'Pemberdayaan Perempuan dan Pelindungan Anak', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.09', 'Pangan', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.10', 'Pertanahan', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.11', 'Lingkungan Hidup', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.12', 'Administrasi Kependudukan dan Pencatatan Sipil', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.13', 'Pemberdayaan Masyarakat dan Desa', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.14', 'Pengendalian Penduduk dan Keluarga Berencana', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.15', 'Perhubungan', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.16', 'Komunikasi dan Informatika', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.17', 'Koperasi, Usaha Kecil, dan Menengah', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.18', 'Penanaman Modal', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.19', 'Kepemudaan dan Olahraga', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.20', 'Statistik', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.21', 'Persandian', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.22', 'Kebudayaan', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.23', 'Perpustakaan', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('2.24', 'Kearsipan', 'BIDANG_URUSAN', '2');
insert into urusan (kode, nama, jenis, kode_induk) values ('3', 'Urusan Pemerintahan Pilihan', 'URUSAN', null);
insert into urusan (kode, nama, jenis, kode_induk) values ('3.25', 'Kelautan dan Perikanan', 'BIDANG_URUSAN', '3');
insert into urusan (kode, nama, jenis, kode_induk) values ('3.26', 'Pariwisata', 'BIDANG_URUSAN', '3');
insert into urusan (kode, nama, jenis, kode_induk) values ('3.27', 'Pertanian', 'BIDANG_URUSAN', '3');
insert into urusan (kode, nama, jenis, kode_induk) values ('3.28', 'Kehutanan', 'BIDANG_URUSAN', '3');
insert into urusan (kode, nama, jenis, kode_induk) values ('3.29', 'Energi dan Sumber Daya Mineral', 'BIDANG_URUSAN', '3');
insert into urusan (kode, nama, jenis, kode_induk) values ('3.30', 'Perdagangan', 'BIDANG_URUSAN', '3');
insert into urusan (kode, nama, jenis, kode_induk) values ('3.31', 'Perindustrian', 'BIDANG_URUSAN', '3');
insert into urusan (kode, nama, jenis, kode_induk) values ('3.32', 'Transmigrasi', 'BIDANG_URUSAN', '3');
insert into urusan (kode, nama, jenis, kode_induk) values ('7', 'Unsur Kewilayahan', 'URUSAN', null);
insert into urusan (kode, nama, jenis, kode_induk) values ('7.01', 'Kecamatan', 'BIDANG_URUSAN', '7');

-- Kelurahan programme, kegiatan and sub kegiatan codes (7.01.03...)
create table sub_kegiatan (
    kode        varchar(30)  primary key,
    nama        varchar(250) not null,
    tingkat     varchar(15)  not null,
    constraint ck_sub_kegiatan_tingkat check (tingkat in ('PROGRAM', 'KEGIATAN', 'SUB_KEGIATAN'))
);

insert into sub_kegiatan (kode, nama, tingkat) values ('7.01.03', 'Pemberdayaan Masyarakat Desa dan Kelurahan', 'PROGRAM');
insert into sub_kegiatan (kode, nama, tingkat) values ('7.01.03.2.02', 'Kegiatan Pemberdayaan Kelurahan', 'KEGIATAN');
insert into sub_kegiatan (kode, nama, tingkat) values ('7.01.03.2.02.0001', 'Peningkatan Partisipasi Masyarakat dalam Forum Musyawarah Perencanaan Pembangunan di Kelurahan', 'SUB_KEGIATAN');
insert into sub_kegiatan (kode, nama, tingkat) values ('7.01.03.2.02.0002', 'Pembangunan Sarana dan Prasarana Kelurahan', 'SUB_KEGIATAN');
insert into sub_kegiatan (kode, nama, tingkat) values ('7.01.03.2.02.0003', 'Pemberdayaan Masyarakat di Kelurahan', 'SUB_KEGIATAN');
insert into sub_kegiatan (kode, nama, tingkat) values ('7.01.03.2.03', 'Pemberdayaan Lembaga Kemasyarakatan Tingkat Kecamatan', 'KEGIATAN');
