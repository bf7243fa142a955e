-- Relevance over the mentors an organization can see (resources/mentors/relevance.ts).
--
-- FTS5's own bm25() takes its statistics (how many documents, how many contain a word, their
-- average length) from the whole index, other organizations' internal pools included: ranks,
-- scores and cursors would change when another organization adds a mentor. So the sandbox
-- scores itself, from where each word occurs (this vocabulary table) and each document's
-- length (the FTS5 `_docsize` table), with the statistics of the visible set only.

CREATE VIRTUAL TABLE IF NOT EXISTS mentors_fts_instance USING fts5vocab(mentors_fts, instance);

-- Moving a mentor between pools changes who sees it: rebuild the cached statistics.
CREATE TRIGGER IF NOT EXISTS mentors_after_org_change AFTER UPDATE OF org_id ON mentors
WHEN old.org_id IS NOT new.org_id BEGIN
  UPDATE mentor_index_state SET version = version + 1 WHERE id = 1;
END;
