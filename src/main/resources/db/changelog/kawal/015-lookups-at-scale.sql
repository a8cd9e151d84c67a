--liquibase formatted sql

-- Lookups whose cost grew with the data, found in a statement log of the inbox benchmark with 10,000 active cases
-- on PostgreSQL (issue 7).
--
-- The engine looks up a task's subtasks (ACT_RU_TASK.PARENT_TASK_ID_) every time it completes a task, and Camunda
-- does not index that column: each completion scanned every open task (3-5 ms at 10,000 open cases).
--
-- The plans a person takes part in are listed their own first, then those they mentor, coach or examine by id. With
-- each role's column indexed together with the id, each part is read in id order and stops at the end of the page,
-- instead of sorting all of a mentor's plans for every page. The single-column indexes they replace served only the
-- same lookups.
--
-- An inbox lists the tasks assigned to the user, and those nobody has taken that are offered to them, by due date:
-- with the assignee indexed together with that order, each part is read in order (assignee = the user, or assignee
-- is null) and stops at the end of the page, instead of sorting a mentor's 2,000 waiting reviews for every page.

--changeset kawal:015-task-parent
create index kawal_ix_task_parent on ACT_RU_TASK (PARENT_TASK_ID_);

--changeset kawal:015-task-assignee-order
create index kawal_ix_task_assignee_order on ACT_RU_TASK (ASSIGNEE_, DUE_DATE_, CREATE_TIME_, ID_);

--changeset kawal:015-action-plan-roles-by-id
drop index ix_action_plan_participant;
drop index ix_action_plan_mentor;
drop index ix_action_plan_coach;
drop index ix_action_plan_examiner;
create index ix_action_plan_participant on action_plan (participant, id);
create index ix_action_plan_mentor on action_plan (mentor, id);
create index ix_action_plan_coach on action_plan (coach, id);
create index ix_action_plan_examiner on action_plan (examiner, id);
