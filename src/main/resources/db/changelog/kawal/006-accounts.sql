--liquibase formatted sql

-- Accounts. Failed logins are counted per user and per client address in the database, so that every node
-- slows the same guesser down (LoginThrottle); and a password set by an administrator or by enrolment must be
-- changed by its user at the next login.

--changeset kawal:006-login-throttle
create table login_throttle (
    subject varchar(200) not null,
    failures integer not null,
    last_failure_at timestamp(6) with time zone not null,
    blocked_until timestamp(6) with time zone,
    constraint pk_login_throttle primary key (subject)
);

--changeset kawal:006-password-change-required
alter table person add column password_change_required boolean default false not null;
