-- The planning season of one planning year (musim perencanaan): Bappeda opens it with the windows of every stage,
-- all inside the year before the planning year; it is closed (DITUTUP) when the RKPD of that year is final.
create table musim_perencanaan (
    tahun               integer      primary key,
    status              varchar(10)  not null,
    dibuka_oleh         varchar(60)  not null,
    dibuka_pada         timestamp    not null,
    ditutup_oleh        varchar(60),
    ditutup_pada        timestamp,
    process_instance_id varchar(64),
    version             bigint       not null default 0,
    constraint ck_musim_status check (status in ('DIBUKA', 'DITUTUP'))
);

-- One window per stage. selesai_semula keeps the end first planned, so an extension is visible as such; the
-- season process records when its timers opened and closed the window (dicatat_dibuka, dicatat_ditutup).
create table musim_jendela (
    tahun               integer      not null references musim_perencanaan (tahun) on delete cascade,
    tahap               varchar(30)  not null,
    mulai               date         not null,
    selesai             date         not null,
    selesai_semula      date         not null,
    alasan_perpanjangan varchar(1000),
    dicatat_dibuka      timestamp,
    dicatat_ditutup     timestamp,
    primary key (tahun, tahap),
    constraint ck_jendela_urutan check (selesai >= mulai and selesai >= selesai_semula)
);
