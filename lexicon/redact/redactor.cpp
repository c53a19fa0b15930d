#include "lexicon/redact/redactor.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "corpus/register/name_cues.h"
#include "corpus/text/content_words.h"
#include "corpus/text/tokenize.h"

namespace returns {
namespace {

using Phrase = std::vector<std::string>;  // folded words; a trailing '*' is a glob

// A word of the comment, with what the rule needs to know of it.
struct Word {
  size_t start = 0, end = 0;  // the token
  size_t name_end = 0;        // without a possessive ("Smith’s" → "Smith")
  std::string folded;
  bool cap = false;           // capitalised: "Smith", not "SPAG", "I" or "smith"
  bool sentence_start = false;
  WordKind kind;
  bool kept = false;          // part of a name to keep
  bool claimed = false;       // part of a redaction already
};

// Words a body's name ends in, besides those of schools and collaboratives
// (corpus/register/name_cues.h).
const std::unordered_set<std::string> kBodyEndings = {
    "university", "library", "centre", "center", "council", "award", "awards", "programme", "program",
    "unit", "service", "services", "inc", "ltd", "limited", "plc", "authority", "department", "office",
    "foundation", "institute", "association", "society", "church", "diocese", "museum", "board", "forum",
    "agency", "committee", "nursery", "campus", "county", "company", "press", "consultants", "consultancy"};
const std::unordered_set<std::string> kTitles = {"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame"};
// Words that open place names, not given names ("East Stour", "West Malling", "Great Chart").
const std::unordered_set<std::string> kPlaceWords = {"north", "south", "east", "west", "upper", "lower", "great",
                                                     "little", "new", "old", "high", "nether", "lower", "mid"};
const std::unordered_set<std::string> kSaints = {"st", "saint", "sts"};

bool IsSpace(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) { ++i; continue; }  // no-break space
    return false;
  }
  return true;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

size_t CharLength(unsigned char lead) {
  return lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
}

bool Capitalised(std::string_view w) {
  if (w.empty()) return false;
  const size_t n = std::min(CharLength(static_cast<unsigned char>(w[0])), w.size());
  const std::string first(w.substr(0, n));
  const bool upper = n == 1 ? (first[0] >= 'A' && first[0] <= 'Z') : FoldCase(first) != first;
  if (!upper || w.size() <= n) return false;
  const std::string rest(w.substr(n));
  // A lower-case letter after the first: "Smith", "Élise", not "SPAG".
  if (rest.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos) return true;
  return std::any_of(rest.begin(), rest.end(), [](char ch) { return static_cast<unsigned char>(ch) >= 0x80; }) &&
         FoldCase(rest) == rest;
}

size_t WithoutPossessive(std::string_view text, size_t start, size_t end) {
  const std::string_view w = text.substr(start, end - start);
  for (std::string_view s : {"’s", "'s", "’S", "'S", "’", "'"}) {
    if (w.size() > s.size() && w.substr(w.size() - s.size()) == s) return end - s.size();
  }
  return end;
}

// Where a sentence (or a list item) starts: the gap before a word holds an
// end of sentence, a colon, a bullet or a dash, or the word follows a lone
// "o" bullet at the start of a line.
bool StartsSentence(std::string_view text, const std::vector<Token>& tokens, size_t i) {
  if (i == 0) return true;
  const std::string_view gap = text.substr(tokens[i - 1].end, tokens[i].start - tokens[i - 1].end);
  for (std::string_view mark : {".", "!", "?", ":", ";", "•", "\uf0b7", "\uf0a7", "–", "—", "(", "\""}) {
    if (gap.find(mark) != std::string_view::npos) return true;
  }
  if (gap.find(" - ") != std::string_view::npos || gap.find("\n-") != std::string_view::npos) return true;
  if (tokens[i - 1].text == "o") {
    if (i == 1) return true;
    const std::string_view before = text.substr(tokens[i - 2].end, tokens[i - 1].start - tokens[i - 2].end);
    return before.find('\n') != std::string_view::npos;
  }
  return false;
}

bool WordMatches(const std::string& pattern, const std::string& folded) {
  if (!pattern.empty() && pattern.back() == '*') return folded.compare(0, pattern.size() - 1, pattern, 0, pattern.size() - 1) == 0;
  return pattern == folded;
}

}  // namespace

struct Redactor::Compiled {
  RedactStyle style = RedactStyle::kName;
  EnglishWords words;
  std::vector<Phrase> keep, redact;
  std::unordered_map<std::string, std::vector<size_t>> keep_by_first, redact_by_first;
  std::vector<size_t> keep_glob_first, redact_glob_first;  // phrases whose first word is a glob
  std::unordered_set<std::string> places;

  // The longest phrase of `phrases` starting at word i: its length, or 0.
  static size_t Longest(const std::vector<Word>& w, size_t i, const std::vector<Phrase>& phrases,
                        const std::unordered_map<std::string, std::vector<size_t>>& by_first,
                        const std::vector<size_t>& glob_first, std::string_view text) {
    size_t best = 0;
    auto try_phrase = [&](const Phrase& p) {
      if (i + p.size() > w.size() || p.size() <= best) return;
      for (size_t k = 0; k < p.size(); ++k) {
        if (!WordMatches(p[k], w[i + k].folded)) return;
        if (k > 0 && !IsSpace(text.substr(w[i + k - 1].end, w[i + k].start - w[i + k - 1].end))) {
          // Words of a name stand apart by white space or the punctuation written between them ("Stone, St Mary’s").
          const std::string_view gap = Trim(text.substr(w[i + k - 1].end, w[i + k].start - w[i + k - 1].end));
          if (gap.size() > 3) return;
        }
      }
      best = p.size();
    };
    if (auto it = by_first.find(w[i].folded); it != by_first.end()) {
      for (size_t p : it->second) try_phrase(phrases[p]);
    }
    for (size_t p : glob_first) try_phrase(phrases[p]);
    return best;
  }
};

namespace {

Result<std::vector<Phrase>> ToPhrases(const std::vector<std::string>& names, const char* what) {
  std::vector<Phrase> out;
  for (const std::string& name : names) {
    Phrase p;
    for (const Token& t : Tokenize(name)) p.push_back(t.folded);
    if (p.empty()) return Status::InvalidInput(std::string(what) + " '" + name + "' has no word in it");
    // A glob written in a lexicon phrase ("learning walk*") keeps its star.
    if (!name.empty() && name.back() == '*') p.back() += '*';
    out.push_back(std::move(p));
  }
  return out;
}

void IndexFirst(const std::vector<Phrase>& phrases, std::unordered_map<std::string, std::vector<size_t>>& by_first,
                std::vector<size_t>& glob_first) {
  for (size_t i = 0; i < phrases.size(); ++i) {
    if (phrases[i][0].back() == '*') glob_first.push_back(i);
    else by_first[phrases[i][0]].push_back(i);
  }
}

}  // namespace

Result<Redactor> Redactor::Compile(const RedactorOptions& options, EnglishWords words) {
  auto c = std::make_shared<Compiled>();
  c->style = options.style;
  c->words = std::move(words);
  Result<std::vector<Phrase>> keep = ToPhrases(options.keep, "a name to keep");
  if (!keep.ok()) return keep.status();
  Result<std::vector<Phrase>> redact = ToPhrases(options.redact, "a name to redact");
  if (!redact.ok()) return redact.status();
  c->keep = std::move(keep).value();
  c->redact = std::move(redact).value();
  IndexFirst(c->keep, c->keep_by_first, c->keep_glob_first);
  IndexFirst(c->redact, c->redact_by_first, c->redact_glob_first);
  for (const std::string& p : options.places) c->places.insert(FoldCase(p));
  Redactor out;
  out.c_ = std::move(c);
  return out;
}

RedactStyle Redactor::style() const { return c_->style; }

Redacted Redactor::Redact(std::string_view text) const {
  const Compiled& c = *c_;
  const std::vector<Token> tokens = Tokenize(text);
  std::vector<Word> w(tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    w[i].start = tokens[i].start;
    w[i].end = tokens[i].end;
    w[i].name_end = WithoutPossessive(text, tokens[i].start, tokens[i].end);
    w[i].folded = tokens[i].folded;
    w[i].cap = Capitalised(tokens[i].text);
    if (w[i].cap) {
      w[i].kind = c.words.Kind(tokens[i].text);
      w[i].sentence_start = StartsSentence(text, tokens, i);
    }
  }
  auto gap = [&](size_t i) { return text.substr(w[i - 1].end, w[i].start - w[i - 1].end); };
  // Words i-1 and i stand in one run: both capitalised, only white space between.
  auto joined = [&](size_t i) { return i > 0 && i < w.size() && w[i - 1].cap && w[i].cap && IsSpace(gap(i)); };

  // 1. What is kept: names to keep, runs ending like a body, runs after "St".
  for (size_t i = 0; i < w.size(); ++i) {
    const size_t n = Compiled::Longest(w, i, c.keep, c.keep_by_first, c.keep_glob_first, text);
    for (size_t k = i; k < i + n; ++k) w[k].kept = true;
  }
  for (size_t i = 0; i < w.size(); ++i) {
    if (!w[i].cap) continue;
    const std::string& f = w[i].folded;
    if (kBodyEndings.count(f) || EndsLikeSchool(f) || EndsLikeCollaborative(f)) {
      for (size_t k = i + 1; k-- > 0;) {
        w[k].kept = true;
        if (!joined(k)) break;
      }
    }
    if (kSaints.count(f) && i + 1 < w.size() && w[i + 1].cap) {
      const std::string_view g = Trim(gap(i + 1));
      if (g.empty() || g == ".") {
        for (size_t k = i + 1; k < w.size() && (k == i + 1 || joined(k)); ++k) w[k].kept = true;
      }
    }
  }

  std::vector<Redaction> found;
  auto claim = [&](size_t a, size_t b, const char* rule) {
    if (a >= b) return false;
    for (size_t k = a; k < b; ++k) {
      if (w[k].claimed) return false;
    }
    for (size_t k = a; k < b; ++k) w[k].claimed = true;
    Redaction r;
    r.start = w[a].start;
    r.end = w[b - 1].name_end;
    r.words = std::string(text.substr(r.start, r.end - r.start));
    r.rule = rule;
    found.push_back(std::move(r));
    return true;
  };
  // The run of unkept capitalised words from i forwards, at most `most` words: its end.
  auto run_from = [&](size_t i, size_t most) {
    size_t e = i;
    while (e < w.size() && e - i < most && w[e].cap && !w[e].kept && (e == i || joined(e))) ++e;
    return e;
  };
  auto not_all_common = [&](size_t a, size_t b) {
    for (size_t k = a; k < b; ++k) {
      if (!w[k].kind.common_only()) return true;
    }
    return false;
  };

  // 2. The names to redact, wherever they stand.
  for (size_t i = 0; i < w.size(); ++i) {
    const size_t n = Compiled::Longest(w, i, c.redact, c.redact_by_first, c.redact_glob_first, text);
    if (n > 0 && claim(i, i + n, "redact list")) i += n - 1;
  }
  // 3. Cues: a title, "led by", "delivered by", "Training –".
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    if (w[i].cap && kTitles.count(w[i].folded)) {
      const std::string_view g = Trim(gap(i + 1));
      if (g.empty() || g == ".") claim(i + 1, run_from(i + 1, 3), "title");
    }
    if ((w[i].folded == "led" || w[i].folded == "delivered") && w[i + 1].folded == "by" && IsSpace(gap(i + 1)) &&
        i + 2 < w.size() && IsSpace(gap(i + 2))) {
      const size_t e = run_from(i + 2, 3);
      if (not_all_common(i + 2, e)) claim(i + 2, e, w[i].folded == "led" ? "led by" : "delivered by");
    }
    if (w[i + 1].folded == "training" && i + 1 > 0 && w[i].cap && !w[i].kept && IsSpace(gap(i + 1))) {
      const std::string_view after = i + 2 < w.size() ? text.substr(w[i + 1].end, w[i + 2].start - w[i + 1].end)
                                                      : text.substr(w[i + 1].end);
      const std::string_view a = Trim(after);
      if (a.rfind("–", 0) == 0 || a.rfind("—", 0) == 0 || a.rfind("-", 0) == 0) {
        size_t b = i;
        while (b > 0 && i - b < 2 && joined(b) && !w[b - 1].kept) --b;
        if (not_all_common(b, i + 1)) claim(b, i + 1, "Training –");
      }
    }
  }
  // 4. A given name and a surname.
  for (size_t i = 0; i + 1 < w.size(); ++i) {
    const Word& first = w[i];
    if (!first.cap || first.kept || !first.kind.proper || (first.kind.common && first.sentence_start) ||
        c.places.count(first.folded) || kPlaceWords.count(first.folded) || IsStopWord(first.folded)) {
      continue;
    }
    const size_t run_end = run_from(i, 64);
    if (run_end < i + 2) continue;
    size_t e = i + 2;
    // A given name that is also a common word ("Senior", "Target", "Cage") needs
    // a surname that is not one ("Nick Hind", not "Senior Leaders", "Cage Green").
    if (first.kind.common && w[i + 1].kind.common) continue;
    if (w[i + 1].kind.common_only()) {
      if (run_end != i + 2) continue;  // "Kent Agreed Syllabus": a title, not a name
    } else if (run_end > i + 2 && !w[i + 2].kind.common_only()) {
      e = i + 3;
    }
    if (claim(i, e, "given name")) i = e - 1;
  }
  // 5. Next to a name: joined to one by "/" or "&".
  for (bool more = true; more;) {
    more = false;
    for (size_t n = 0; n < found.size(); ++n) {
      const Redaction r = found[n];
      size_t a = 0;
      while (a < w.size() && w[a].start != r.start) ++a;
      size_t b = a;
      while (b < w.size() && w[b].start < r.end) ++b;
      auto joiner = [&](size_t i) {
        const std::string_view g = Trim(gap(i));
        return g == "/" || g == "&";
      };
      if (b < w.size() && joiner(b)) {
        const size_t e = run_from(b, 3);
        if (not_all_common(b, e) && claim(b, e, "next to a name")) more = true;
      }
      if (a > 0 && a < w.size() && joiner(a) && w[a - 1].cap && !w[a - 1].kept) {
        size_t s = a - 1;
        while (s > 0 && a - s < 3 && joined(s) && !w[s - 1].kept) --s;
        if (not_all_common(s, a) && claim(s, a, "next to a name")) more = true;
      }
    }
  }

  std::sort(found.begin(), found.end(), [](const Redaction& x, const Redaction& y) { return x.start < y.start; });
  Redacted out;
  size_t at = 0;
  for (Redaction& r : found) {
    if (c.style == RedactStyle::kInitials) {
      for (const Token& t : Tokenize(r.words)) {
        const std::string_view s = t.text;
        r.replacement += std::string(s.substr(0, std::min(CharLength(static_cast<unsigned char>(s[0])), s.size()))) + ".";
      }
    } else {
      r.replacement = "[name]";
    }
    out.text.append(text.substr(at, r.start - at));
    out.text += r.replacement;
    at = r.end;
  }
  out.text.append(text.substr(at));
  out.redactions = std::move(found);
  return out;
}

std::string RedactionContext(std::string_view text, size_t start, size_t end, size_t width) {
  auto boundary = [&](size_t p) {
    while (p > 0 && p < text.size() && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) --p;
    return p;
  };
  const size_t from = start > width ? boundary(start - width) : 0;
  const size_t to = end + width < text.size() ? boundary(end + width) : text.size();
  std::string out = from > 0 ? "…" : "";
  bool space = false;
  for (char ch : text.substr(from, to - from)) {
    const bool white = ch == '\n' || ch == '\r' || ch == '\t' || ch == ' ';
    if (white) {
      if (!space) out += ' ';
      space = true;
    } else {
      out += ch;
      space = false;
    }
  }
  if (to < text.size()) out += "…";
  return out;
}

}  // namespace returns
