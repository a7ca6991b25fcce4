-- Every list and download of statements is newest first: said_on descending, then id descending.
-- With only ix_statement_said (ascending, one column) H2 read the statements through that index
-- but still sorted each day's statements by id, so a download of all of them was gathered into a
-- temporary sorted result before its first row was sent. An index in exactly that order lets the
-- database read the rows already in order, as they are sent.
create index ix_statement_newest on statement (said_on desc, id desc);
