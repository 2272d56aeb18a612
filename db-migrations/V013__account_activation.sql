-- Pharmacist accounts created in bulk (an administrator's CSV upload) start without a password: the pharmacist sets
-- one with a one-time activation code. Only a hash of the code is kept (sha256:salt:hash, see
-- account.control.ActivationCode); the row is deleted when the code is spent, and replaced when an administrator
-- issues a new one, so an account has at most one code. While an account has a row here it cannot sign in with any
-- password. Times are DATETIME(3) in UTC.
CREATE TABLE account_activation (
    account_id BIGINT       NOT NULL PRIMARY KEY,
    code_hash  VARCHAR(120) NOT NULL,
    issued_at  DATETIME(3)  NOT NULL,
    expires_at DATETIME(3)  NOT NULL,
    CONSTRAINT fk_account_activation_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
);

-- How to reach the account's holder (to hand over the activation code): an e-mail address or a Korean phone number,
-- as the administrator's file gave it. Optional: accounts made one by one have none.
ALTER TABLE account ADD COLUMN contact VARCHAR(254);
