--liquibase formatted sql

-- Every certificate Kawal has signed with: the generated key's, or a configured keystore's. A row is added when a
-- key is generated or a keystore is loaded, and never removed, so that after a key change the certificates signed
-- with the earlier key are still recognised as Kawal's. Looked up by the SHA-256 of the certificate (DER).

--changeset kawal:007-signing-certificate
create table signing_certificate (
    fingerprint varchar(64) not null,
    subject varchar(1000) not null,
    serial_number varchar(100) not null,
    not_before timestamp(6) with time zone not null,
    not_after timestamp(6) with time zone not null,
    certificate ${bytes} not null,
    first_used_at timestamp(6) with time zone not null,
    constraint pk_signing_certificate primary key (fingerprint)
);
