--liquibase formatted sql

-- The administrator may give an entry's late jurors one later scoring deadline (the follow-up of a late juror in
-- processes/competition-entry.bpmn); the date is kept on the entry, so the model's timer and the page read it there
-- and a second extension can be refused.

--changeset kawal:008-entry-scoring-extended-until
alter table competition_entry add column scoring_extended_until date;
