-- ShedLock's lock table: a scheduled job annotated with @SchedulerLock runs on one instance at a
-- time. ShedLock's documented schema; timestamp (without time zone) because the lock provider
-- reads and writes it with the database's own clock (usingDbTime), the same on both databases.
create table shedlock (
    name       varchar(64)  not null,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null,
    constraint shedlock_pk primary key (name)
);
