-- An uploaded backtest dataset, kept in the shared database rather than on the disk of the instance that received it
-- (issue 15, docs/decisions/0040): whichever instance runs or resumes the backtest reads it from here. Kept in chunks
-- (a 100 MB upload is a hundred rows of 1 MB), deleted when the backtest ends (and with it); it holds personal data.
CREATE TABLE backtest_dataset_chunks (
    backtest_id UUID    NOT NULL REFERENCES backtests (id) ON DELETE CASCADE,
    chunk       INTEGER NOT NULL,
    content     BYTEA   NOT NULL,
    PRIMARY KEY (backtest_id, chunk)
);
