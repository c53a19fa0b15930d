// Every comment's facets, one row a document, held in memory: what the web
// page counts facets and summaries from, instead of reading each matching
// document. Built from two value streams, the facet value (facet_value.h)
// and the sort key (its return), read in docid order — about a second for
// 1,000,000 comments — and kept while the database is unchanged (the web
// page builds a new one when an `index` run commits). A row names where its
// comment is (district, collaborative, question, round) and what it mentions
// (themes, pending) by index into tables of the distinct halves, and its
// return and collaborative by index, so a pass over a selection reads a few
// integers a comment. `returns serve` keeps one; `index` saves one beside
// the database for the commands that load it (facet_table_file.h).
//
//   Result<FacetTable> table = FacetTable::Build(index);
//   Result<std::vector<unsigned>> docs = SelectDocids(index, request);  // search.h
//   Summary s = SummariseTable(*table, *docs, themes, SummaryDimension::kRound, false);
//
// Immutable after Build; thread-safe to read.
#pragma once

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "corpus/base/status.h"
#include "index/store/index_reader.h"

namespace returns {

class FacetTable {
 public:
  // Fails (the directory named) for remote shards (IndexReader::shards()
  // empty), or when Xapian cannot stream the values: callers then read the
  // documents as before.
  static Result<FacetTable> Build(const IndexReader& index);

  struct Where {
    std::string district, collaborative, question, round;  // question "" when none
  };
  struct What {
    std::vector<std::string> themes, pending;
  };
  static constexpr uint32_t kNone = UINT32_MAX;
  struct Row {
    uint32_t where = kNone;  // kNone: no document has this docid, or its value is not this schema's
    uint32_t what = 0, ret = 0, collaborative = 0;
  };

  // The row of document `docid` (1-based, as Xapian numbers them); a row
  // with where == kNone for a docid past the end.
  const Row& row(unsigned docid) const {
    const uint32_t i = docid - 1 < slot_.size() ? slot_[docid - 1] : kNone;
    return i == kNone ? kEmpty : rows_[i];
  }
  const std::vector<Where>& wheres() const { return wheres_; }
  const std::vector<What>& whats() const { return whats_; }
  // Appendix order, as a search with no words lists comments (the sort key,
  // byte by byte, then docid): a document's place in it (kNone past the end
  // or for a docid with no row), and every row's docid in that order.
  uint32_t rank(unsigned docid) const {
    const uint32_t i = docid - 1 < slot_.size() ? slot_[docid - 1] : kNone;
    return i == kNone ? kNone : rank_[i];
  }
  const std::vector<unsigned>& in_order() const { return in_order_; }
  // Every row's docid, ascending: every comment, for a pass that does not
  // care about order (reads the table in order).
  const std::vector<unsigned>& docids() const { return docids_; }
  // The filter terms (XD, XC, XQ, XR; XT, XTnone, XP) a comment of each
  // place and of each set of themes has, as document_codec.cpp writes them:
  // each distinct term once in filter_terms(), and by the same index as
  // wheres() and whats() the numbers of those each has. What table_match.h
  // decides filters by, made once with the table.
  const std::vector<std::string>& filter_terms() const { return filter_terms_; }
  const std::vector<std::vector<uint32_t>>& place_terms() const { return place_terms_; }
  const std::vector<std::vector<uint32_t>>& theme_terms() const { return theme_terms_; }
  // The places (for a place's term: XD, XC, XQ, XR) or the sets of themes
  // (XT, XTnone, XP) that have filter term `t`, ascending: a filter decided
  // by reading the groups its terms name, not every group's terms.
  const std::vector<uint32_t>& having_term(uint32_t t) const { return having_term_[t]; }
  // The comments at place `w` (an index into wheres()), each with its set
  // of themes (into whats()); and those with the set of themes `h`, each
  // with its place: in docid order, every comment once in each grouping,
  // made once with the table (16 bytes a comment for both). What lets a
  // filter read only the rows of the places or theme sets it keeps
  // ("district:Dover" reads Dover's comments, not all), in order in memory.
  struct Member {
    unsigned docid;
    uint32_t other;  // its set of themes in at_place(), its place in with_themes()
  };
  std::span<const Member> at_place(uint32_t w) const { return Group(by_place_, place_start_, w); }
  std::span<const Member> with_themes(uint32_t h) const { return Group(by_themes_, themes_start_, h); }
  // The facets' names as numbers, made once with the table, so that facets
  // are added up by number and each name is put in a facet once a search,
  // not once for each place and set of themes: for kind 0–3 (district,
  // collaborative, question, round) facet_names(kind)[place_names(w)[kind]]
  // is place w's, kNone where it has none ("" question); for kind 4 and 5
  // (themes, pending) theme_names(h) and pending_names(h) number set h's.
  enum FacetKind { kDistrictFacet, kCollaborativeFacet, kQuestionFacet, kRoundFacet, kThemeFacet, kPendingFacet };
  static constexpr int kFacetKinds = 6;
  const std::vector<std::string>& facet_names(int kind) const { return facet_names_[kind]; }
  const std::array<uint32_t, 4>& place_names(uint32_t w) const { return place_names_[w]; }
  const std::vector<uint32_t>& theme_names(uint32_t h) const { return theme_names_[h]; }
  const std::vector<uint32_t>& pending_names(uint32_t h) const { return pending_names_[h]; }
  size_t returns() const { return returns_; }
  size_t collaboratives() const { return collaboratives_; }
  size_t comments() const { return comments_; }

 private:
  friend struct FacetTableFile;  // facet_table_file.h: kept on disk
  static const Row kEmpty;
  void MakeFilterTerms();
  void MakeGroups();
  void MakeFacetNames();
  static std::span<const Member> Group(const std::vector<Member>& members, const std::vector<uint32_t>& start,
                                       uint32_t i) {
    return i + 1 < start.size() ? std::span<const Member>(members).subspan(start[i], start[i + 1] - start[i])
                                : std::span<const Member>();
  }
  std::vector<uint32_t> slot_;  // by docid - 1: the document's row, or kNone
  std::vector<Row> rows_;       // a document each
  std::vector<uint32_t> rank_;  // by row
  std::vector<unsigned> in_order_;
  std::vector<unsigned> docids_;
  std::vector<Where> wheres_;
  std::vector<What> whats_;
  std::vector<std::string> filter_terms_;
  std::vector<std::vector<uint32_t>> place_terms_, theme_terms_, having_term_;
  std::vector<Member> by_place_, by_themes_;          // grouped
  std::vector<uint32_t> place_start_, themes_start_;  // where each group begins; one more at the end
  std::array<std::vector<std::string>, kFacetKinds> facet_names_;
  std::vector<std::array<uint32_t, 4>> place_names_;
  std::vector<std::vector<uint32_t>> theme_names_, pending_names_;
  size_t returns_ = 0, collaboratives_ = 0, comments_ = 0;
};

}  // namespace returns
