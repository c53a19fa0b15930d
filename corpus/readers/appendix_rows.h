// The rows of a text appendix (appendix_reader.h): its lines, and a builder
// that takes a row's lines one by one and finishes them into a return.
// Internal to the appendix reader.
//
// A row's collaborative and lead-school cells are recovered with the
// register's help (register_match.h) when it knows the collaborative, else by
// layout and cues (unknown_row.h) with a warning. Deciding whether a line
// that begins with a district name starts a row is StartsRow's: no when the
// row so far holds only its district (the line holds its collaborative); yes
// for the district alone or a registered collaborative's name after it; no where the
// line is provably inside an answer (the line above wrapped into it, or a
// word in lower case follows the district); no, with a warning, where the
// rest reads as a sentence; else yes. Not thread-safe (a builder holds one row).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "corpus/readers/appendix_reader.h"
#include "corpus/register/district.h"
#include "corpus/register/register.h"
#include "corpus/register/register_match.h"
#include "corpus/text/words.h"

namespace returns {

struct SourceLines {
  std::vector<std::string> text;         // NFC, without line ends or form feeds; never modified after load
  std::vector<std::vector<Word>> words;  // views into text
};

SourceLines SplitLines(const std::string& text);

enum class RowStart { kRow, kInside, kInsideUnsure };

class RowBuilder {
 public:
  // All references must outlive the builder.
  // `full_width`: how wide the table's widest lines are (code points), for
  // telling a line that ran to the edge.
  RowBuilder(const Register& reg, const SourceLines& src, const std::string& source, size_t full_width)
      : register_(reg), src_(src), source_(source), full_width_(full_width) {}

  void Start(size_t index, DistrictMatch district, int question);
  bool active() const { return row_.has_value(); }
  void Add(size_t index);
  // Does the best reading so far expect cell text at the head of this line?
  bool Expects(size_t index) const;
  // Does line `index`, which begins with `dm`, start a new row?
  RowStart StartsRow(size_t index, const DistrictMatch& dm) const;
  // Finishes the current row into a return (and its warnings).
  void Finish(AppendixRead& out);
  // The collaborative of the row being read, as far as known.
  std::string Collaborative() const;

 private:
  struct Row {
    size_t first = 0;  // index of the row's first line
    int question = 0;
    DistrictMatch district;
    std::vector<size_t> lines;
    std::vector<CellTrack> tracks;
    std::vector<std::vector<size_t>> offsets;  // per track, per row line: where the answer begins
  };
  const CellTrack* Best() const;
  std::string Where(size_t index) const { return source_ + ":" + std::to_string(index + 1) + ": "; }
  std::vector<size_t> ReadUnknown(Return& r, AppendixRead& out) const;
  bool WrappedInto(size_t index) const;
  bool OnlyDistrictSoFar() const;

  const Register& register_;
  const SourceLines& src_;
  const std::string& source_;
  size_t full_width_;
  std::optional<Row> row_;
};

}  // namespace returns
