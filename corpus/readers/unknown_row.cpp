#include "corpus/readers/unknown_row.h"

#include <cctype>

#include "corpus/register/name_cues.h"

namespace returns {
namespace {

struct Token {
  size_t line = 0;
  size_t word = 0;
  std::string_view text;
  bool block_start = false;  // a blank line or a wide gap before it: a new cell
};

bool StartsLower(std::string_view w) { return !w.empty() && std::islower(static_cast<unsigned char>(w.front())); }

bool Capitalised(std::string_view w) {
  return !w.empty() && (std::isupper(static_cast<unsigned char>(w.front())) || std::isdigit(static_cast<unsigned char>(w.front())) ||
                        static_cast<unsigned char>(w.front()) >= 0x80);
}

// Lower-case words names are made with: "Isle of Thanet", "Leeds and Langley".
bool NameConnector(std::string_view w) {
  for (const char* c : {"&", "and", "of", "the", "for", "in", "on", "at", "with", "de", "-", "\xE2\x80\x93", "upon"}) {
    if (w == c) return true;
  }
  return false;
}

bool CollaborativeCue(std::string_view w) { return Capitalised(w) && EndsLikeCollaborative(w); }
bool SchoolCue(std::string_view w) { return Capitalised(w) && EndsLikeSchool(w); }

// Where an answer, not a name, begins: a bullet glyph, a number, a quotation, a lower-case word.
bool AnswerStart(std::string_view w) {
  if (w == "o" || w == "-" || w == "*") return true;
  for (const char* glyph : {"\xE2\x80\xA2", "\xEF\x82\xA7", "\xEF\x82\xB7", "\xE2\x96\xAA", "\xE2\x97\x8F", "\xE2\x97\xA6",
                            "\xE2\x80\x9C", "\xE2\x80\x93"}) {
    if (w.rfind(glyph, 0) == 0) return true;
  }
  return std::isdigit(static_cast<unsigned char>(w.front())) || StartsLower(w);
}

bool EndsList(std::string_view w) { return !w.empty() && (w.back() == ',' || w.back() == ';'); }

size_t SpacesBefore(std::string_view line, size_t offset) {
  size_t n = 0;
  while (n < offset && (line[offset - n - 1] == ' ' || line[offset - n - 1] == '\t')) ++n;
  return n;
}

std::vector<Token> Tokens(const std::vector<RowLine>& lines) {
  std::vector<Token> out;
  bool blank = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    const std::vector<Word>& words = *lines[k].words;
    if (words.size() <= lines[k].first) {
      if (words.empty()) blank = true;
      continue;
    }
    for (size_t w = lines[k].first; w < words.size(); ++w) {
      Token t;
      t.line = k;
      t.word = w;
      t.text = words[w].text;
      t.block_start = w == lines[k].first ? blank && !out.empty() : SpacesBefore(lines[k].text, words[w].start) >= 2;
      out.push_back(t);
    }
    blank = false;
  }
  return out;
}

std::string Join(const std::vector<Token>& ts) {
  std::string out;
  for (const Token& t : ts) {
    if (!out.empty()) out += ' ';
    out += t.text;
  }
  while (!out.empty() && (out.back() == ',' || out.back() == ';')) out.pop_back();
  return out;
}

// Takes a bracketed note or short name that follows ("(CATS)", "(budget holder)").
void TakeBrackets(const std::vector<Token>& ts, size_t& i, std::vector<Token>& into) {
  if (i >= ts.size() || ts[i].block_start || ts[i].text.front() != '(') return;
  const size_t line = ts[i].line;
  while (i < ts.size() && ts[i].line == line) {
    into.push_back(ts[i]);
    const bool closes = ts[i].text.find(')') != std::string_view::npos;
    ++i;
    if (closes) break;
  }
}

// Does the line that token `i` opens hold one school's name and nothing else?
bool LineIsSchool(const std::vector<Token>& ts, size_t i) {
  const size_t line = ts[i].line;
  size_t n = 0;
  std::string_view last;
  for (size_t j = i; j < ts.size() && ts[j].line == line; ++j, ++n) {
    if (j > i && ts[j].block_start) return false;
    if (!Capitalised(ts[j].text) && !NameConnector(ts[j].text) && ts[j].text.front() != '(') return false;
    last = ts[j].text;
  }
  return n > 0 && n <= 6 && (SchoolCue(last) || EndsLikeSchool(last));
}

}  // namespace

bool ReadsAsSentence(const std::vector<Word>& words, size_t first) {
  for (size_t j = first; j < words.size(); ++j) {
    if (CollaborativeCue(words[j].text)) return false;
    if (StartsLower(words[j].text) && !NameConnector(words[j].text)) return true;
  }
  return false;
}

UnknownRowRead ReadUnknownRow(const std::vector<RowLine>& lines) {
  const std::vector<Token> ts = Tokens(lines);
  UnknownRowRead out;
  size_t i = 0;

  // The collaborative: up to a cue (and any cue right after it, and a
  // bracketed short name), or up to the end of its block.
  std::vector<Token> collab;
  bool collab_ended = false;
  while (i < ts.size()) {
    const Token& t = ts[i];
    if (!collab.empty() && t.block_start) {
      collab_ended = true;
      break;
    }
    if (!collab.empty() && StartsLower(t.text) && !NameConnector(t.text)) break;
    collab.push_back(t);
    ++i;
    if (CollaborativeCue(t.text)) {
      if (i < ts.size() && !ts[i].block_start && CollaborativeCue(ts[i].text)) continue;
      TakeBrackets(ts, i, collab);
      collab_ended = true;
      break;
    }
    if (collab.size() >= 12) break;
  }
  if (!collab_ended) {
    // Neither cue nor layout: the rest of the first line, a guess.
    i = 0;
    collab.clear();
    while (i < ts.size() && ts[i].line == ts.front().line) collab.push_back(ts[i++]);
    out.sure = false;
    out.doubt = "collaborative";
  }
  out.collaborative = Join(collab);

  // The lead school(s): names ending like a school, listed with separators or
  // one a line, up to the end of their block; none when the answer starts at once.
  std::vector<Token> current;
  bool listed = false;  // a school was read
  while (i < ts.size()) {
    const Token& t = ts[i];
    if ((listed || !current.empty()) && t.block_start) break;
    if (current.empty() && AnswerStart(t.text)) break;
    if (!current.empty() && StartsLower(t.text) && !NameConnector(t.text)) break;
    current.push_back(t);
    ++i;
    if (!SchoolCue(t.text)) {
      if (current.size() > 10) break;
      continue;
    }
    // A school's name may end in two such words ("CE Primary"), also wrapped between them ("CE" / "Junior").
    if (i < ts.size() && !ts[i].block_start && SchoolCue(ts[i].text) &&
        (ts[i].line == t.line || i + 1 == ts.size() || ts[i + 1].line != ts[i].line || SchoolCue(ts[i + 1].text))) {
      continue;
    }
    TakeBrackets(ts, i, current);
    const std::string_view last = current.back().text;
    out.lead_schools.push_back(Join(current));
    current.clear();
    listed = true;
    // Another school follows a separator, or stands alone on the next line.
    bool more = EndsList(last);
    while (i < ts.size() && !ts[i].block_start && (ts[i].text == "&" || ts[i].text == "and" || ts[i].text == ";" || ts[i].text == ",")) {
      more = true;
      ++i;
    }
    if (!more && i < ts.size() && !ts[i].block_start && ts[i].line != t.line) more = LineIsSchool(ts, i);
    if (!more) break;
  }
  if (!current.empty()) {
    if (i == ts.size() || ts[i].block_start) {
      out.lead_schools.push_back(Join(current));  // the cell's own block, no cue needed
    } else {
      // Words that ran into a sentence without a cue: the answer's, unless more than one.
      if (current.size() > 1 && !listed && out.sure) {
        out.sure = false;
        out.doubt = "lead school(s)";
      }
      i -= current.size();
    }
  }

  // Where each line's answer text begins.
  out.offsets.assign(lines.size(), 0);
  for (size_t k = 0; k < lines.size(); ++k) out.offsets[k] = lines[k].text.size();
  std::vector<bool> seen(lines.size(), false);
  for (size_t j = 0; j < ts.size(); ++j) {
    const size_t k = ts[j].line;
    if (j >= i && !seen[k]) {
      out.offsets[k] = (*lines[k].words)[ts[j].word].start;
      seen[k] = true;
    }
  }
  // Lines holding no token (blank ones) keep their size: nothing to read.
  return out;
}

}  // namespace returns
