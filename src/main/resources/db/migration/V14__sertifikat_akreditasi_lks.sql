-- Accreditation certificate (issue 5): a number per approved accreditation (SERT-AKR-2027-0001), assigned in the
-- BALKS approval step's transaction, and the first valid day; verifiable publicly at /lks/sertifikat/{nomor}.
alter table lks_akreditasi add column nomor_sertifikat varchar(30);
alter table lks_akreditasi add column berlaku_mulai date;
create unique index ux_akreditasi_sertifikat on lks_akreditasi (nomor_sertifikat);

create table lks_sertifikat_nomor_urut (
    tahun     integer primary key,
    terakhir  integer not null
);
