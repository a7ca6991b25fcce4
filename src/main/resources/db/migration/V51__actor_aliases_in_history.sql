-- V50 gave two shipped actors their other spellings (aliases) without an audit revision, so every
-- earlier revision of them lacks the aliases, and a page "as recorded at" an earlier moment (every
-- permalink pins one) could not find Zelensky as "Zelenskiy" or Ukraine as "Kyiv". Aliases are
-- other spellings of a name, not a change of the record: the revisions before the first one that
-- carries aliases get the actor's aliases too. Later revisions, where an editor may have changed or
-- cleared them, are left as they are.
update actor_aud set aliases = (select t.aliases from actor t where t.id = actor_aud.id)
where aliases is null
  and id in (select t.id from actor t where t.aliases is not null)
  and (not exists (select 1 from actor_aud a where a.id = actor_aud.id and a.aliases is not null)
       or rev < (select min(a.rev) from actor_aud a where a.id = actor_aud.id and a.aliases is not null));
