-- Issue 11: failed logins slow down the client that makes them, not the account for everyone.
-- One row per throttled key: a client address ("addr:203.0.113.5") or an account tried from an address
-- ("user:admin|addr:203.0.113.5"). Times are epoch milliseconds (UTC), the same on H2 and PostgreSQL.
-- In the database so that several instances behind one proxy share it.
create table login_throttle (
    throttle_key  varchar(400) primary key,
    failures      integer not null,
    last_failure  bigint  not null,
    blocked_until bigint  not null
);
create index login_throttle_last_failure on login_throttle (last_failure);

-- The account lock it replaces: five wrong passwords from anyone locked an account for everyone.
alter table app_user drop column failed_logins;
alter table app_user drop column locked_until;
