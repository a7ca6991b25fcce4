-- Other spellings of an actor's name, found by the statement search (issue 12): the
-- transliterations of Zelensky's name, and Kyiv/Kiev for Ukraine's government.
alter table actor add column aliases varchar(500);
alter table actor_aud add column aliases varchar(500);

update actor set aliases = 'Zelenskyy, Zelenskiy, Zelenskyi, Zelenskij' where slug = 'volodymyr-zelensky';
update actor set aliases = 'Kyiv, Kiev' where slug = 'ukraine';
