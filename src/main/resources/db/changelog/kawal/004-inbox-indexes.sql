--liquibase formatted sql

-- The inboxes page the engine's open tasks in the order people work them: the action plan's by due
-- date, then the oldest, then the task id. Camunda indexes the creation time alone; with this index
-- PostgreSQL walks an administrator's group tasks in that order and stops at the end of the page,
-- instead of sorting every open task for each page. Every other column the inboxes look up by is
-- indexed already: the engine's assignee, candidate group, task id of identity links and variables;
-- Kawal's process_instance_id of action_plan, competition and competition_entry (unique), the
-- primary keys of person and milestone, and action_plan's participant, mentor, coach and examiner.

--changeset kawal:004-inbox-task-order
create index kawal_ix_task_inbox_order on ACT_RU_TASK (DUE_DATE_, CREATE_TIME_, ID_);
