-- Wall-clock seconds each stage of a run took ({"fetch": 1.2, "parse": 0.4, "load": 0.3, "translate": …}).
ALTER TABLE runs ADD COLUMN stage_seconds JSON;
