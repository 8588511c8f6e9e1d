-- The usulan form allows musrenflow.usulan.max-text-length (4,000) characters in every paragraph, but four columns
-- were narrower: a problem of 2,001 characters failed with a database error instead of a message. Widen them to the
-- form's limit (DraftRules refuses anything longer with a message on the field).
alter table usulan alter column masalah set data type varchar(4000);
alter table usulan alter column output_diharapkan set data type varchar(4000);
alter table usulan alter column alasan_biaya set data type varchar(4000);
alter table usulan alter column swadaya set data type varchar(4000);
