#include "corpus/text/segment.h"

#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <optional>

#include "corpus/text/normalise.h"
#include "corpus/text/quoted_answer.h"
#include "corpus/base/utf8.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

// Rank of a heading: a lower rank contains higher ones (Priority > Objective > "PROGRESS:").
enum class Rank { kTop = 0, kSection = 1, kLabel = 2 };

struct PhysicalLine {
  int line = 0;
  std::string content;
  bool marker = false;  // explicit bullet glyph or marker
  bool gap = false;
  size_t width = 0;
  bool blank_before = false;
  // This line ran to the column's edge: its sentence goes on on the next line.
  // Set by MarkWrapped from the next line's first word.
  bool full = false;
  std::optional<bool> wrapped;  // known from positions
  LineStart start = LineStart::kUnknown;  // known from the document's structure
};

enum class UnitKind { kText, kBullet, kHeading, kLabelledBullet, kNumbered };

struct Unit {
  UnitKind kind = UnitKind::kText;
  Rank rank = Rank::kTop;
  std::string label;  // "Strand 2" for a labelled bullet
  std::string text;
  int line = 0;
  int physical_lines = 0;
};

const RE2& LabelPattern() {
  static const RE2 re(
      R"(^((?i:priority|objective|strand|spotlight|aim|target|outcome|focus)\s*(?:\d+|(?i:one|two|three|four|five|six))\b))");
  return re;
}
const RE2& NumberedHeadingPattern() {
  static const RE2 re(R"(^\d+\)\.?)");
  return re;
}
const RE2& NumberedListPattern() {
  static const RE2 re(R"(^\d+\.\s+[A-Z])");
  return re;
}
const RE2& NumberedItemPattern() {
  static const RE2 re(R"(^\d+(?:\.\d+)+\.?\s*\d*\s*[A-Za-z])");
  return re;
}

// A Priority contains the Objectives, Strands… under it.
Rank LabelRank(const std::string& label) {
  const bool priority = label.size() >= 8 && (label[0] == 'P' || label[0] == 'p');
  return priority ? Rank::kTop : Rank::kSection;
}

bool HasAlnum(std::string_view s) {
  for (unsigned char c : s) {
    if (std::isalnum(c) || c >= 0x80) return true;
  }
  return false;
}

bool EndsClause(std::string_view s) {
  s = Trim(s);
  return EndsSentence(s) || (!s.empty() && s.back() == ';');
}

bool StartsLower(std::string_view s) {
  return !s.empty() && std::islower(static_cast<unsigned char>(s.front()));
}

bool IsAllCapsHeading(std::string_view s) {
  int letters = 0;
  int words_with_letters = 0;
  for (const Word& w : SplitWords(s)) {
    int in_word = 0;
    for (unsigned char c : w.text) {
      if (std::islower(c)) return false;
      if (std::isupper(c)) ++in_word;
    }
    letters += in_word;
    if (in_word >= 2) ++words_with_letters;
  }
  return letters >= 8 && words_with_letters >= 2;
}

bool IsColonLabel(std::string_view s) {
  return !s.empty() && s.back() == ':' && SplitWords(s).size() <= 4;
}

// Appends a continuation line, rejoining a word hyphenated across lines.
void AppendLine(std::string& text, const std::string& next) {
  if (text.empty()) {
    text = next;
    return;
  }
  const bool hyphen_break = text.size() >= 2 && text.back() == '-' &&
                            std::isalpha(static_cast<unsigned char>(text[text.size() - 2])) && StartsLower(next);
  if (!hyphen_break) text += ' ';
  text += next;
}

size_t FirstWordWidth(std::string_view s) {
  const std::vector<Word> words = SplitWords(s);
  return words.empty() ? 0 : CodePointCount(words.front().text);
}

// A wide line wrapped when the next line starts in lower case, or when the
// next line's first word would not have fitted after it within the answer's
// column (its widest line; characters are counted, type is proportional,
// hence the slack).
void MarkWrapped(std::vector<PhysicalLine>& lines) {
  constexpr size_t kSlack = 8;
  size_t column = 0;
  for (const PhysicalLine& p : lines) column = std::max(column, p.width);
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].wrapped) {
      lines[i].full = *lines[i].wrapped;
      continue;
    }
    if (lines[i].width < kFullLineWidth) continue;
    const std::string& next = lines[i + 1].content;
    lines[i].full = StartsLower(next) || lines[i].width + 1 + FirstWordWidth(next) + kSlack > column;
  }
}

std::vector<PhysicalLine> ReadLines(const std::vector<AnswerLine>& lines) {
  std::vector<PhysicalLine> out;
  bool blank = false;
  for (const AnswerLine& in : lines) {
    const LineHead head = StripBulletMarker(in.text);
    std::string content = CollapseSpaces(head.rest);
    if (content.empty()) {
      blank = true;
      continue;
    }
    const bool known_start = in.start != LineStart::kUnknown;
    // A superscript split off by extraction ("May 24" / "th") rejoins its number.
    if (!out.empty() && !head.bullet && !known_start && IsOrdinalSuffix(content) && !out.back().content.empty() &&
        std::isdigit(static_cast<unsigned char>(out.back().content.back()))) {
      out.back().content += content;
      continue;
    }
    // A line of punctuation alone (". ") closes the sentence before it.
    if (!out.empty() && !head.bullet && !known_start && !HasAlnum(content)) {
      out.back().content += content;
      continue;
    }
    PhysicalLine p;
    p.line = in.line;
    p.content = std::move(content);
    p.marker = head.bullet;
    p.gap = in.leading_gap;
    p.width = in.width;
    p.wrapped = in.wrapped;
    p.start = in.start;
    p.blank_before = blank;
    blank = false;
    out.push_back(std::move(p));
  }
  MarkWrapped(out);
  return out;
}

// Does `next` carry on the unit that `prev` (its previous physical line) belongs to?
bool Continues(const PhysicalLine& prev, const PhysicalLine& next) {
  if (next.start != LineStart::kUnknown) return false;  // a paragraph of its own, as the document says
  const bool wrapped = prev.full && !EndsSentence(prev.content);
  if (next.blank_before) return StartsLower(next.content) || wrapped;
  return prev.full || EndsWithJoiner(prev.content) || (StartsLower(next.content) && !EndsSentence(prev.content));
}

struct Opening {
  bool opens = false;
  UnitKind kind = UnitKind::kText;
  Rank rank = Rank::kTop;
  std::string label;
};

bool IsCapsHeadingUnit(const Unit& u) {
  return u.kind == UnitKind::kHeading && u.rank == Rank::kTop && IsAllCapsHeading(u.text);
}

// Does line `p` open a new unit, and of what kind? `prev` is the physical line
// before it and `last` the unit that line belongs to (both null at the start).
Opening Classify(const PhysicalLine* prev, const Unit* last, const PhysicalLine& p) {
  Opening o;
  // A heading by the document's styles: at the top, or at its label's rank ("Strand 2" within a Priority).
  if (p.start == LineStart::kHeading && !p.marker) {
    o.opens = true;
    o.kind = UnitKind::kHeading;
    if (std::string label; RE2::PartialMatch(p.content, LabelPattern(), &label)) o.rank = LabelRank(label);
    return o;
  }
  // A line that must carry on a wrapped sentence cannot open anything new.
  // A number opening the line ("2. Middle leaders") is an item, unless the line above ran on into it
  // ("… 1 and", or a wrap known from positions).
  const bool known_wrap = prev && prev->wrapped && *prev->wrapped;
  const bool forced = prev && !p.blank_before && prev->full && !EndsClause(prev->content) && !p.marker &&
                      (known_wrap || EndsWithJoiner(prev->content) || !RE2::PartialMatch(p.content, NumberedListPattern()));
  const bool bullet = p.marker || (p.gap && !forced);
  o.opens = !prev || bullet;
  if (bullet) o.kind = UnitKind::kBullet;
  if (forced) return o;
  if (RE2::PartialMatch(p.content, LabelPattern(), &o.label)) {
    o.kind = bullet ? UnitKind::kLabelledBullet : UnitKind::kHeading;
    o.rank = LabelRank(o.label);
    o.opens = true;
    return o;
  }
  // An all-capitals heading wrapped onto a second, indented line; bullets are not written in capitals.
  if (last && IsCapsHeadingUnit(*last) && p.gap && !p.marker && !p.blank_before &&
      IsAllCapsHeading(p.content + " XX")) {
    return Opening{};
  }
  if (bullet) return o;
  if (RE2::PartialMatch(p.content, NumberedHeadingPattern()) ||
      (IsAllCapsHeading(p.content) && (!prev || p.blank_before || !Continues(*prev, p)))) {
    o.kind = UnitKind::kHeading;
    o.rank = Rank::kTop;
    o.opens = true;
  } else if (RE2::PartialMatch(p.content, NumberedItemPattern()) ||
             RE2::PartialMatch(p.content, NumberedListPattern())) {
    o.kind = UnitKind::kNumbered;
    o.opens = true;
  } else if (IsColonLabel(p.content) && std::isupper(static_cast<unsigned char>(p.content[0]))) {
    // A short colon-ended lead line ("PROGRESS:", "Evidence:") labels what follows.
    o.kind = UnitKind::kHeading;
    o.rank = Rank::kLabel;
    o.opens = true;
  } else if (prev && !Continues(*prev, p)) {
    o.opens = true;
  }
  return o;
}

std::vector<Unit> BuildUnits(const std::vector<PhysicalLine>& lines) {
  std::vector<Unit> units;
  const PhysicalLine* prev = nullptr;
  for (const PhysicalLine& p : lines) {
    Opening o = Classify(prev, units.empty() ? nullptr : &units.back(), p);
    if (o.opens || units.empty()) {
      Unit u;
      u.kind = o.kind;
      u.rank = o.rank;
      u.label = std::move(o.label);
      u.line = p.line;
      units.push_back(std::move(u));
    }
    Unit& u = units.back();
    AppendLine(u.text, p.content);
    ++u.physical_lines;
    // A colon label that runs on is a sentence after all.
    if (u.kind == UnitKind::kHeading && u.rank == Rank::kLabel && u.physical_lines > 1) u.kind = UnitKind::kText;
    prev = &p;
  }
  // A labelled bullet that is one short line with no sentence is a heading
  // ("Priority 1 Improve outcomes for Vulnerable pupils"); otherwise a comment.
  for (Unit& u : units) {
    if (u.kind == UnitKind::kLabelledBullet && u.physical_lines == 1 && !EndsSentence(u.text) &&
        u.text.find(". ") == std::string::npos) {
      u.kind = UnitKind::kHeading;
    }
  }
  return units;
}

std::string PathOf(const std::vector<std::pair<Rank, std::string>>& stack) {
  std::string out;
  for (const auto& [rank, text] : stack) {
    if (!out.empty()) out += " \xE2\x80\xBA ";  // ›
    out += text;
  }
  return out;
}

}  // namespace

bool IsColonLabelHeading(std::string_view line) {
  const std::string text(Trim(line));
  if (text.empty() || RE2::PartialMatch(text, LabelPattern()) || RE2::PartialMatch(text, NumberedHeadingPattern())) {
    return false;
  }
  if (IsAllCapsHeading(text)) return false;
  return IsColonLabel(text) && std::isupper(static_cast<unsigned char>(text[0]));
}

SegmentedAnswer SegmentAnswer(const std::vector<AnswerLine>& lines) {
  if (std::optional<SegmentedAnswer> quoted = SegmentQuotedAnswer(lines)) return std::move(*quoted);
  const std::vector<Unit> units = BuildUnits(ReadLines(lines));

  // A heading with nothing under it is text, not a heading: keep it as a comment.
  std::vector<bool> heads_something(units.size(), false);
  for (size_t i = 0; i < units.size(); ++i) {
    if (units[i].kind != UnitKind::kHeading) continue;
    for (size_t j = i + 1; j < units.size(); ++j) {
      if (units[j].kind == UnitKind::kHeading && units[j].rank <= units[i].rank) break;
      if (units[j].kind != UnitKind::kHeading) {
        heads_something[i] = true;
        break;
      }
    }
  }

  SegmentedAnswer out;
  std::vector<std::pair<Rank, std::string>> stack;
  for (size_t i = 0; i < units.size(); ++i) {
    const Unit& u = units[i];
    if (u.kind == UnitKind::kHeading && heads_something[i]) {
      while (!stack.empty() && stack.back().first >= u.rank) stack.pop_back();
      stack.emplace_back(u.rank, u.text);
      if (!out.text.empty()) out.text += '\n';
      out.text += u.text;
      continue;
    }
    if (u.kind == UnitKind::kHeading) {
      // Pop what this orphan heading would have closed, so its siblings are not nested under stale headings.
      while (!stack.empty() && stack.back().first >= u.rank) stack.pop_back();
    }
    Comment c;
    c.position = static_cast<int>(out.comments.size()) + 1;
    std::string heading = PathOf(stack);
    if (u.kind == UnitKind::kLabelledBullet) heading += (heading.empty() ? "" : " \xE2\x80\xBA ") + u.label;
    if (!heading.empty()) c.heading = heading;
    c.text = u.text;
    c.line = u.line;
    if (!out.text.empty()) out.text += '\n';
    c.start = out.text.size();
    out.text += u.text;
    c.end = out.text.size();
    out.comments.push_back(std::move(c));
  }
  return out;
}

}  // namespace returns
