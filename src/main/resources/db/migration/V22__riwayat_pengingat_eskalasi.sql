-- Reminders and escalations of an usulan's open task sit in its timeline beside the status changes (issue 10):
-- the status stays (dari_status = ke_status), the row names the task's stage, its due date and, for an escalation,
-- the position the task now also goes to.
alter table usulan_riwayat add column peristiwa varchar(20) default 'STATUS' not null;
alter table usulan_riwayat add column tahap varchar(20);
alter table usulan_riwayat add column tenggat timestamp;
alter table usulan_riwayat add column dieskalasi_ke varchar(120);
alter table usulan_riwayat add constraint ck_usulan_riwayat_peristiwa check (peristiwa in ('STATUS', 'PENGINGAT', 'ESKALASI'));
