#include "corpus/register/register_match.h"

#include <algorithm>
#include <tuple>

namespace returns {
namespace {

bool IsConnector(std::string_view w) { return w == "&" || w == "and" || w == "And"; }

std::string JoinWritten(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out += ' ';
    out += w;
  }
  // A cell's trailing comma or full stop belongs to the list, not the name.
  while (!out.empty() && (out.back() == ',' || out.back() == '.' || out.back() == ';')) out.pop_back();
  return out;
}

}  // namespace

CellTrack::Spelling CellTrack::ParseSpelling(std::string_view text) { return SpellingWords(text); }

std::vector<SpellingWord> SpellingWords(std::string_view text) {
  std::vector<SpellingWord> out;
  bool note = false;
  std::string current;
  auto flush = [&] {
    for (const Word& w : SplitWords(current)) out.push_back({std::string(w.text), note});
    current.clear();
  };
  for (char c : text) {
    if (c == '[' || c == ']') {
      flush();
      note = c == '[';
    } else {
      current += c;
    }
  }
  flush();
  return out;
}

CellTrack::CellTrack(const RegisterEntry* entry, size_t name_index, std::vector<std::string> district_pending)
    : entry_(entry), name_(NameWords(entry->names.at(name_index))), district_pending_(std::move(district_pending)) {
  for (const LeadSchool& lead : entry->lead_schools) {
    Item item;
    item.canonical = lead.name;
    for (const std::string& s : lead.spellings) item.spellings.push_back(ParseSpelling(s));
    // The canonical name drops notes: "[No lead]" has none.
    std::vector<std::string> name_words;
    for (const PatternWord& w : item.spellings.front()) {
      if (!w.note) name_words.push_back(w.text);
    }
    item.canonical = JoinWritten(name_words);
    items_.push_back(std::move(item));
  }
}

size_t CellTrack::MatchRun(const Spelling& s, size_t from, const std::vector<Word>& words, size_t at) {
  size_t k = 0;
  while (from + k < s.size() && at + k < words.size() && SameWord(words[at + k].text, s[from + k].text)) ++k;
  return k;
}

int CellTrack::CompleteAlternative(const Item& item) {
  if (item.chosen < 0 || item.pos == 0) return -1;
  const Spelling& chosen = item.spellings[static_cast<size_t>(item.chosen)];
  for (size_t s = 0; s < item.spellings.size(); ++s) {
    if (item.spellings[s].size() == item.pos && SamePrefix(item.spellings[s], chosen, item.pos)) {
      return static_cast<int>(s);
    }
  }
  return -1;
}

bool CellTrack::RestIsNotes(const Spelling& s, size_t from) {
  if (from == 0 || from >= s.size()) return false;
  for (size_t j = from; j < s.size(); ++j) {
    if (!s[j].note) return false;
  }
  return true;
}

bool CellTrack::leads_complete() const {
  if (lead_item_ == items_.size()) return true;
  // A cell may leave out notes: a note-only entry ("[n/a]", "[No lead]") not
  // begun, or the last school's closing notes ("[ (budget holder)]").
  auto note_only = [](const Item& item) {
    if (item.chosen >= 0) return false;
    for (const Spelling& s : item.spellings) {
      if (!s.empty() && std::all_of(s.begin(), s.end(), [](const PatternWord& w) { return w.note; })) return true;
    }
    return false;
  };
  if (std::all_of(items_.begin() + static_cast<long>(lead_item_), items_.end(), note_only)) return true;
  if (lead_item_ + 1 == items_.size() && items_.back().chosen >= 0 &&
      RestIsNotes(items_.back().spellings[static_cast<size_t>(items_.back().chosen)], items_.back().pos)) {
    return true;
  }
  // The last item may end the row on a shorter spelling.
  return lead_item_ + 1 == items_.size() && CompleteAlternative(items_.back()) >= 0;
}

bool CellTrack::SamePrefix(const Spelling& a, const Spelling& b, size_t n) {
  if (a.size() < n || b.size() < n) return false;
  for (size_t j = 0; j < n; ++j) {
    if (!SameWord(a[j].text, b[j].text)) return false;
  }
  return true;
}

size_t CellTrack::Feed(std::string_view line, const std::vector<Word>& words, size_t first) {
  size_t i = first;
  const size_t start = i;
  while (district_pos_ < district_pending_.size() && i < words.size() &&
         SameWord(words[i].text, district_pending_[district_pos_])) {
    ++district_pos_;
    ++i;
  }
  const bool content = i < words.size();
  while (collab_pos_ < name_.size() && i < words.size() && SameWord(words[i].text, name_[collab_pos_])) {
    collab_written_.emplace_back(words[i].text);
    ++collab_pos_;
    ++i;
  }
  while (lead_item_ < items_.size() && i < words.size()) {
    Item& item = items_[lead_item_];
    if (item.chosen < 0) {
      size_t at = i;
      if (lead_item_ > 0 && IsConnector(words[i].text)) {
        // "Downsview &" / "Horizon": a connector ending the line belongs to the cell.
        if (i + 1 == words.size()) {
          ++i;
          break;
        }
        at = i + 1;
      }
      size_t best_k = 0, best_from = 0;
      int best = -1;
      bool best_complete = false;
      for (size_t s = 0; s < item.spellings.size(); ++s) {
        // A cell may leave out the notes a spelling opens with ("[Family 1 lead: ]…").
        const Spelling& sp = item.spellings[s];
        size_t from = 0;
        size_t k = MatchRun(sp, 0, words, at);
        if (k == 0) {
          while (from < sp.size() && sp[from].note) ++from;
          k = from > 0 ? MatchRun(sp, from, words, at) : 0;
        }
        const bool complete = from + k == sp.size() || RestIsNotes(sp, from + k);
        // On a tie, a spelling that ends here wins when the line goes on with
        // other text; when the line ran out, the longer one may go on below.
        const bool line_ran_out = at + k == words.size();
        if (k > best_k || (k == best_k && k > 0 && complete != best_complete && complete != line_ran_out)) {
          best_k = k;
          best_from = from;
          best = static_cast<int>(s);
          best_complete = complete;
        }
      }
      if (best < 0) break;
      item.chosen = best;
      item.pos = best_from;
      i = at;
    }
    // Spellings may share a beginning ("…Holy Family" / "…Holy Trinity"): on a
    // later line, switch to any spelling that agrees so far and matches further.
    size_t k = MatchRun(item.spellings[static_cast<size_t>(item.chosen)], item.pos, words, i);
    for (size_t s = 0; s < item.spellings.size() && k == 0 && item.pos > 0; ++s) {
      if (static_cast<int>(s) == item.chosen || !SamePrefix(item.spellings[s], item.spellings[static_cast<size_t>(item.chosen)], item.pos)) continue;
      const size_t ks = MatchRun(item.spellings[s], item.pos, words, i);
      if (ks > 0) {
        item.chosen = static_cast<int>(s);
        k = ks;
      }
    }
    if (k == 0) {
      // The longer spelling did not go on: a shorter one that agrees so far ends the item here.
      const int shorter = CompleteAlternative(item);
      if (shorter < 0) break;
      item.chosen = shorter;
      ++lead_item_;
      continue;
    }
    const Spelling& spelling = item.spellings[static_cast<size_t>(item.chosen)];
    for (size_t j = 0; j < k; ++j) {
      if (!spelling[item.pos + j].note) item.written.emplace_back(words[i + j].text);
    }
    item.pos += k;
    i += k;
    if (item.pos < spelling.size()) break;
    ++lead_item_;
  }
  words_used_ += i - start;
  if (content && !seen_content_) {
    seen_content_ = true;
    if (collab_pos_ == 0) alive_ = false;
  }
  return i < words.size() ? words[i].start : line.size();
}

bool CellTrack::Expects(std::string_view line, const std::vector<Word>& words) const {
  if (!alive_ || words.empty()) return false;
  CellTrack copy = *this;
  copy.Feed(line, words, 0);
  return copy.words_used_ > words_used_;
}

bool CellTrack::BetterThan(const CellTrack& other) const {
  auto key = [](const CellTrack& t) {
    return std::make_tuple(t.alive_, t.collaborative_complete(), t.leads_complete(), t.words_used_);
  };
  return key(*this) > key(other);
}

std::string CellTrack::collaborative_written() const { return JoinWritten(collab_written_); }

std::vector<std::string> CellTrack::lead_schools_written() const {
  std::vector<std::string> out;
  for (const Item& item : items_) {
    const std::string name = JoinWritten(item.written);
    if (!name.empty()) out.push_back(name);
  }
  return out;
}

std::vector<std::string> CellTrack::lead_schools_canonical() const {
  std::vector<std::string> out;
  for (const Item& item : items_) {
    if (item.chosen >= 0 && !item.canonical.empty()) out.push_back(item.canonical);
  }
  return out;
}

}  // namespace returns
