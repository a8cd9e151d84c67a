--liquibase formatted sql

-- Two people changing one thing at the same moment: the second gets a clear conflict (409) instead of silently
-- overwriting the first. Optimistic versions on the rows that administrators, jurors and mentors edit, and a
-- unique key where a check-then-insert could let a double click through twice (an OPD's entry of one title into
-- one competition, compared without case and surrounding spaces as the form's own check does).

--changeset kawal:005-versions
alter table competition add column version bigint default 0 not null;
alter table certificate add column version bigint default 0 not null;
alter table competition_jury_assignment add column version bigint default 0 not null;
alter table competition_score add column version bigint default 0 not null;
alter table milestone add column version bigint default 0 not null;

--changeset kawal:005-juror-names-published
-- not about concurrency, but released together: whether an OPD sees the jurors' names with their scores
alter table competition add column juror_names_published boolean default false not null;

--changeset kawal:005-entry-title-key
alter table competition_entry add column title_key varchar(255);
update competition_entry set title_key = lower(trim(innovation_title));
alter table competition_entry alter column title_key set not null;
alter table competition_entry add constraint uq_competition_entry_title unique (competition_id, opd, title_key);
