-- Narrative keywords in the pivot language (from translated titles/summaries), beside the original-language ones.
ALTER TABLE narrative_state ADD COLUMN keywords_pivot VARCHAR[] DEFAULT [];
