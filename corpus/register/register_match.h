// Recovering the Collaborative and Lead School(s) columns of one appendix row.
//
// PDF extraction interleaves a table row's columns line by line: each
// physical line is [district part][collaborative part][lead-school part][answer
// part], every part optional, in column order. A CellTrack follows one
// candidate reading (one register entry, one of its names) through the row's
// lines, consuming the next expected words of each column where they stand at
// the head of a line, and says where each line's answer text begins.
// The reader runs one track per candidate and keeps the best.
//
// Not thread-safe (a track is mutable state); tracks are cheap to copy.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/register/register.h"
#include "corpus/text/words.h"

namespace returns {

// A register spelling as words, each marked when it is a note — written in
// [brackets] in the register: read from a column, but no part of the name.
struct SpellingWord {
  std::string text;
  bool note = false;
};
std::vector<SpellingWord> SpellingWords(std::string_view text);

class CellTrack {
 public:
  // `entry` must outlive the track. `district_pending`: words of a district
  // split over lines still to come ("Malling").
  CellTrack(const RegisterEntry* entry, size_t name_index, std::vector<std::string> district_pending);

  // Consumes this line's cell fragments from word `first` on. Returns the byte
  // offset in the line where its answer text begins (line size if none).
  size_t Feed(std::string_view line, const std::vector<Word>& words, size_t first);

  // True when Feed would take at least one word at the head of this line.
  bool Expects(std::string_view line, const std::vector<Word>& words) const;

  // A track whose collaborative never began on the row's first content line is dead.
  bool alive() const { return alive_; }
  bool collaborative_complete() const { return collab_pos_ == name_.size(); }
  bool leads_complete() const;
  size_t words_used() const { return words_used_; }
  // Total order of readings: complete beats incomplete, then more words.
  bool BetterThan(const CellTrack& other) const;

  const RegisterEntry* entry() const { return entry_; }
  std::string collaborative_written() const;
  std::vector<std::string> lead_schools_written() const;
  std::vector<std::string> lead_schools_canonical() const;

 private:
  using PatternWord = SpellingWord;
  using Spelling = std::vector<PatternWord>;
  struct Item {
    std::string canonical;
    std::vector<Spelling> spellings;
    int chosen = -1;
    size_t pos = 0;
    std::vector<std::string> written;  // source words of the name, notes left out
  };
  static Spelling ParseSpelling(std::string_view text);
  // A spelling that ends where the item's match stands and agrees with it so far, or -1.
  static int CompleteAlternative(const Item& item);
  static bool SamePrefix(const Spelling& a, const Spelling& b, size_t n);
  // True when the spelling's words from `from` on (some, not all) are notes.
  static bool RestIsNotes(const Spelling& s, size_t from);
  static size_t MatchRun(const Spelling& s, size_t from, const std::vector<Word>& words, size_t at);

  const RegisterEntry* entry_;
  std::vector<std::string> name_;
  size_t collab_pos_ = 0;
  std::vector<std::string> collab_written_;
  std::vector<Item> items_;
  size_t lead_item_ = 0;
  std::vector<std::string> district_pending_;
  size_t district_pos_ = 0;
  size_t words_used_ = 0;
  bool seen_content_ = false;
  bool alive_ = true;
};

}  // namespace returns
