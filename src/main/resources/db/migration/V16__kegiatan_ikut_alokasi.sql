-- An activity belongs to its allocation: removing an allocation (a plan re-composed before approval, test fixtures)
-- removes the activity with it. Approved plans are locked by the service, so this never drops running work.
alter table kegiatan_kelurahan drop constraint kegiatan_kelurahan_alokasi_id_fkey;
alter table kegiatan_kelurahan add constraint fk_kegiatan_alokasi foreign key (alokasi_id)
    references alokasi_dana_kelurahan (id) on delete cascade;
