-- The applicant's follow-up token (given once at submission): only its SHA-256 is kept, so a database reader
-- cannot act as the applicant. Applications submitted before this have none and are followed by the secretariat.
alter table membership_application add column follow_up_token_sha256 bytea;
