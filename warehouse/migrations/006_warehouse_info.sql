-- Facts about the warehouse file itself, e.g. role = 'demo' for a file `narratives demo` made (and may replace).
CREATE TABLE warehouse_info (
    key    VARCHAR PRIMARY KEY,
    value  VARCHAR NOT NULL
);
