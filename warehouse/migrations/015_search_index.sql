-- The explorer's full-text index: an inverted index of each article's title and summary, as written ('original') and
-- in the pivot language ('translation'), ranked with BM25 in SQL (pipeline/store/search.py). Terms come from
-- pipeline/search_terms.py (words, Snowball stems, accents folded). It grows with what is new: the load stage indexes
-- new articles, the translate stage their translations; nothing rebuilds it.
CREATE TABLE search_documents (
    article_id  VARCHAR NOT NULL,
    side        VARCHAR NOT NULL,    -- original | translation
    language    VARCHAR,             -- whose stemmer made its terms; NULL: words kept whole
    n_terms     INTEGER NOT NULL     -- document length (BM25's length normalisation; N and the average come from here)
);
CREATE INDEX search_documents_article ON search_documents (article_id);

CREATE TABLE search_postings (
    term        VARCHAR NOT NULL,
    article_id  VARCHAR NOT NULL,
    side        VARCHAR NOT NULL,
    language    VARCHAR,             -- the document's: a query stem for language X matches X's documents only
    tf          INTEGER NOT NULL,    -- occurrences of the term in the document
    doc_terms   INTEGER NOT NULL     -- the document's length, so scoring reads only the query terms' postings
);
CREATE INDEX search_postings_term ON search_postings (term);

-- The articles a warehouse held before the index: queued once for the translate stage, which indexes them (both
-- sides) within its budget and takes them off the queue; later runs find that queue empty.
INSERT INTO work_queue SELECT 'search', article_id, published_at FROM raw_items;
