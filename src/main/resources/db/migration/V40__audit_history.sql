-- Audit history (Hibernate Envers). Portable SQL: the same migration runs on H2 and PostgreSQL.
-- Revision numbers come from a sequence on both databases (the revision entity uses it), so no
-- identity column behaves differently between them.

CREATE SEQUENCE revinfo_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE revinfo (
    rev       BIGINT       NOT NULL PRIMARY KEY,
    revtstmp  BIGINT       NOT NULL,
    username  VARCHAR(200)
);

CREATE TABLE funnel_aud (
    id           VARCHAR(100)  NOT NULL,
    rev          BIGINT        NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    title        VARCHAR(500),
    organisation VARCHAR(300),
    jurisdiction VARCHAR(300),
    programme    VARCHAR(300),
    unit         VARCHAR(100),
    description  VARCHAR(10000),
    created_at   TIMESTAMP(6) WITH TIME ZONE,
    updated_at   TIMESTAMP(6) WITH TIME ZONE,
    PRIMARY KEY (id, rev)
);

CREATE TABLE source_aud (
    id           BIGINT        NOT NULL,
    rev          BIGINT        NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    funnel_id    VARCHAR(100),
    doc_key      VARCHAR(100),
    title        VARCHAR(1000),
    publisher    VARCHAR(300),
    url          VARCHAR(2000),
    published_on DATE,
    retrieved_on DATE,
    full_text    VARCHAR(1000000),
    PRIMARY KEY (id, rev)
);

CREATE TABLE statement_aud (
    id            BIGINT        NOT NULL,
    rev           BIGINT        NOT NULL REFERENCES revinfo (rev),
    revtype       SMALLINT,
    funnel_id     VARCHAR(100),
    source_id     BIGINT,
    doc_key       VARCHAR(100),
    speaker       VARCHAR(300),
    speaker_role  VARCHAR(300),
    venue         VARCHAR(500),
    made_on       DATE,
    kind          VARCHAR(30),
    quote         VARCHAR(20000),
    quote_start   INTEGER,
    quote_end     INTEGER,
    quote_prefix  VARCHAR(200),
    quote_suffix  VARCHAR(200),
    PRIMARY KEY (id, rev)
);

CREATE TABLE stage_aud (
    id              BIGINT        NOT NULL,
    rev             BIGINT        NOT NULL REFERENCES revinfo (rev),
    revtype         SMALLINT,
    funnel_id       VARCHAR(100),
    stage_key       VARCHAR(100),
    position        INTEGER,
    label           VARCHAR(300),
    base_stage_id   BIGINT,
    definition      VARCHAR(10000),
    unit            VARCHAR(100),
    selection       VARCHAR(30),
    PRIMARY KEY (id, rev)
);

CREATE TABLE stage_definition_statement_aud (
    rev          BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    stage_id     BIGINT NOT NULL,
    statement_id BIGINT NOT NULL,
    PRIMARY KEY (rev, stage_id, statement_id)
);

CREATE TABLE figure_aud (
    id             BIGINT        NOT NULL,
    rev            BIGINT        NOT NULL REFERENCES revinfo (rev),
    revtype        SMALLINT,
    funnel_id      VARCHAR(100),
    stage_id       BIGINT,
    sequence_no    INTEGER,
    value_count    BIGINT,
    value_low      BIGINT,
    value_high     BIGINT,
    approximate    BOOLEAN,
    status         VARCHAR(30),
    as_of          DATE,
    period         VARCHAR(20),
    wording        VARCHAR(2000),
    note           VARCHAR(2000),
    supersedes_id  BIGINT,
    recorded_at    TIMESTAMP(6) WITH TIME ZONE,
    superseded_at  TIMESTAMP(6) WITH TIME ZONE,
    breakdown_dimension VARCHAR(100),
    PRIMARY KEY (id, rev)
);
CREATE INDEX figure_aud_stage_idx ON figure_aud (stage_id);

CREATE TABLE figure_statement_aud (
    rev          BIGINT NOT NULL REFERENCES revinfo (rev),
    revtype      SMALLINT,
    figure_id    BIGINT NOT NULL,
    statement_id BIGINT NOT NULL,
    PRIMARY KEY (rev, figure_id, statement_id)
);

CREATE INDEX stage_aud_funnel_idx ON stage_aud (funnel_id);

-- Idempotency keys of imports: the first answer, kept so a replay gets it again.
CREATE TABLE idempotency_key (
    idem_key      VARCHAR(200)   NOT NULL PRIMARY KEY,
    principal     VARCHAR(200)   NOT NULL,
    request_hash  VARCHAR(64)    NOT NULL,
    status        INTEGER,
    location      VARCHAR(2000),
    body          VARCHAR(1000000),
    created_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
