-- Why a record was changed (issue 14): the editor's reason for an edit, shown in the public log
-- of corrections at /corrections. Empty for revisions saved without one.
alter table revision add column reason varchar(500);
