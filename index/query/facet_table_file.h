// The facet table (facet_table.h) kept on disk beside the database it was
// built from, so that `serve` at its start, `summary` of a large selection
// and `search --queries` load it (150 ms for 1,000,000 comments) instead of
// building it (3-4 s), or reading every matching comment's facet value.
// A one-off `search` does not: loading costs more than one query saves.
//
//   DIR/facet-table     written by `index`, `reindex` and `remove` after
//                       their run is current, under the writer's lock
//                       (RefreshFacetTable); `info` says whether it is current
//
// The file names what it was built from: every shard's UUID, revision,
// document count and last docid. A reader uses it only when they are the
// database's as the reader opened it; any commit since, a database copied
// elsewhere, or a run that failed to write it leaves it unused, and the
// command reads the values as before (same results, more time). It is a
// cache: never the only copy of anything, so a missing or stale one is no
// error, and a file that is not one this program wrote is an error only to
// LoadFacetTable (its callers fall back too).
//
//   std::optional<FacetTable> table = FacetTableFor(index);  // loaded, or nullopt
//   request.table = table ? &*table : nullptr;                // search.h
//
// The format: "returns-facet-table 1\n", the byte order, the shards'
// identities, then the table's arrays as 32-bit integers and its distinct
// places and theme sets as strings; every index in it is checked on load, so
// a damaged file cannot make a reader read out of bounds. Plain functions;
// thread-safe for different readers.
#pragma once

#include <cstddef>
#include <optional>
#include <string>

#include "corpus/base/status.h"
#include "index/query/facet_table.h"
#include "index/store/index_reader.h"

namespace returns {

// Where the table of `index` lives: DIR/facet-table for a database opened
// from one directory of local databases; "" otherwise (several --db, a stub
// file, remote shards): no table is kept for those.
std::string FacetTablePath(const IndexReader& index);

// Writes `table`, built from `index`, to FacetTablePath(index) through a
// temporary file and a rename. Nothing is written (OK) when the path is "".
Status SaveFacetTable(const IndexReader& index, const FacetTable& table);

// Builds the table of the database in `dir` and saves it: what a writer
// calls after its run became current (opened afresh, so the revision is the
// new one). True when a table was written; false when none is kept for this
// database (FacetTablePath "") or it holds more than `max_comments` comments
// (building the table takes about 130 bytes a comment, and 4 more for each
// docid a re-indexed return left behind: kTableCommentsInBudget keeps
// `index` in its memory bound; a table left by an earlier run is removed
// then), or another writer holds the lock (it writes its own when done).
Result<bool> RefreshFacetTable(const std::string& dir, size_t max_comments);

// The most comments whose table `index` builds within its memory bound
// (under 256 MiB; measured: 154 MB a process for 1,000,000 comments; again
// after the table kept its groups, 2026-12-03: `summary` building it for
// 1,000,000 comments 139 MB, 126 MB before the groups).
constexpr size_t kTableCommentsInBudget = 1'500'000;

// The saved table when it was built from exactly what `index` reads; nullopt
// when there is none or it was built from another revision. Corruption, the
// file named, when the file is not one this program wrote or is damaged.
Result<std::optional<FacetTable>> LoadFacetTable(const IndexReader& index);

// LoadFacetTable with every failure read as "no table": what commands call.
std::optional<FacetTable> FacetTableFor(const IndexReader& index);

}  // namespace returns
