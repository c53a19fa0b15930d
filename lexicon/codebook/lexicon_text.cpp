#include "lexicon/codebook/lexicon_text.h"

#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0 (Unicode, table 3-7:
// no overlong forms, surrogates or code points past U+10FFFF).
size_t SequenceAt(std::string_view s, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) return 1;
  size_t n = 0;
  unsigned char lo = 0x80, hi = 0xBF;  // the second byte's range
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size() || byte(i + 1) < lo || byte(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k) {
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  }
  return n;
}

// The control character (C0, DEL or C1) of the sequence at s[i] of length n, or -1.
int ControlAt(std::string_view s, size_t i, size_t n) {
  const auto c = static_cast<unsigned char>(s[i]);
  if (n == 1 && (c < 0x20 || c == 0x7F)) return c;
  if (n == 2 && c == 0xC2 && static_cast<unsigned char>(s[i + 1]) < 0xA0) return static_cast<unsigned char>(s[i + 1]);
  return -1;
}

// Two hex digits: "1B".
std::string Hex(unsigned byte) {
  static const char kDigits[] = "0123456789ABCDEF";
  return {kDigits[(byte >> 4) & 15], kDigits[byte & 15]};
}

class Problems {
 public:
  explicit Problems(const Lexicon& lex) : lex_(lex) {}

  void Add(int line, std::string message) {
    std::string at = lex_.source.empty() ? std::string("lexicon") : lex_.source;
    if (line > 0) {
      at += ':';  // appended, not operator+: GCC 12 warns falsely (-Wrestrict) on the latter
      at += std::to_string(line);
    }
    out_.push_back(Status::InvalidInput(std::move(at), std::move(message)));
  }
  // `what` is named in the message: "label 'Mod\x07eration' holds control character U+0007".
  void Text(int line, const std::string& what, std::string_view text, LineBreaks breaks) {
    if (const std::string p = TextProblem(text, breaks); !p.empty()) Add(line, what + " '" + Printable(text) + "' " + p);
  }
  void Id(int line, const std::string& id, const std::string& label) {
    if (id == kNoThemeId) {
      Add(line, "theme id 'none' is reserved: 'theme:none' finds the comments with no theme");
      return;
    }
    if (IsThemeId(id)) return;
    if (id.empty()) {
      Add(line, label.empty() ? std::string("theme id is empty")
                              : "theme '" + Printable(label) + "' has an empty id (an id is made of ASCII letters and digits)");
      return;
    }
    std::string message = "theme id '" + Printable(id) +
                          "' is not an identifier: lower-case ASCII letters and digits, words joined by '_'";
    if (const std::string like = ThemeId(id); !like.empty()) message += " (such as '" + like + "')";
    Add(line, message);
  }
  void Pattern(int line, const std::string& what, const std::string& pattern) {
    if (UsesAnyByte(pattern)) {
      Add(line, what + " '" + Printable(pattern) +
                    "' uses \\C, which matches any byte and can split a character; use . for any character");
    }
  }
  std::vector<Status> Take() { return std::move(out_); }

 private:
  const Lexicon& lex_;
  std::vector<Status> out_;
};

}  // namespace

std::string TextProblem(std::string_view text, LineBreaks breaks) {
  for (size_t i = 0; i < text.size();) {
    const size_t n = SequenceAt(text, i);
    if (n == 0) return "is not valid UTF-8 (byte 0x" + Hex(static_cast<unsigned char>(text[i])) + ")";
    const int control = ControlAt(text, i, n);
    if (control == 0) return "holds a NUL byte";
    if (control > 0 && !(breaks == LineBreaks::kAllowed && (control == '\t' || control == '\n'))) {
      return "holds control character U+00" + Hex(static_cast<unsigned>(control));
    }
    i += n;
  }
  return {};
}

bool UsesAnyByte(std::string_view p) {
  bool in_class = false;
  for (size_t i = 0; i < p.size(); ++i) {
    const char c = p[i];
    if (in_class) {
      if (c == '\\') {
        ++i;  // an escape in a class: RE2 reads \C there as an error of its own
      } else if (c == '[' && i + 1 < p.size() && p[i + 1] == ':' && p.find(":]", i + 2) != std::string_view::npos) {
        i = p.find(":]", i + 2) + 1;  // [:alpha:]
      } else if (c == ']') {
        in_class = false;
      }
      continue;
    }
    if (c == '\\') {
      if (i + 1 == p.size()) return false;
      if (p[i + 1] == 'C') return true;
      if (p[i + 1] == 'Q') {  // \Q...\E: literal up to \E, or to the end
        const size_t end = p.find("\\E", i + 2);
        if (end == std::string_view::npos) return false;
        i = end + 1;
        continue;
      }
      ++i;  // any other escape, \\ included, is two characters
    } else if (c == '[') {
      in_class = true;
      if (i + 1 < p.size() && p[i + 1] == '^') ++i;
      if (i + 1 < p.size() && p[i + 1] == ']') ++i;  // a ']' first in a class is literal
    }
  }
  return false;
}

std::vector<Status> TextProblems(const Lexicon& lex) {
  Problems problems(lex);
  problems.Text(0, "lexicon name", lex.name, LineBreaks::kRefused);
  problems.Text(0, "lexicon version", lex.version, LineBreaks::kRefused);
  for (const Theme& t : lex.themes) {
    problems.Id(t.line, t.id, t.label);
    if (t.label != t.id) problems.Text(t.line, "label", t.label, LineBreaks::kRefused);  // else the id says it
    problems.Text(t.line, "description", t.description, LineBreaks::kAllowed);
    if (t.parent && !IsThemeId(*t.parent)) {
      problems.Add(t.line, "parent '" + Printable(*t.parent) + "' is not a theme id");
    }
    for (const Rule& r : t.rules) {
      problems.Text(r.line, "rule", RuleName(r), LineBreaks::kAllowed);
      for (const std::string& part : r.parts) problems.Text(r.line, "part", part, LineBreaks::kAllowed);
      if (r.kind == RuleKind::kPattern) problems.Pattern(r.line, "pattern", r.text);
    }
    for (const Exclusion& x : t.exclusions) {
      problems.Text(x.line, x.pattern ? "exclusion pattern" : "exclusion", x.text, LineBreaks::kAllowed);
      if (x.pattern) problems.Pattern(x.line, "exclusion pattern", x.text);
    }
  }
  if (lex.pending) {
    for (const auto* cues : {&lex.pending->pending, &lex.pending->done}) {
      for (const Cue& cue : *cues) {
        problems.Text(cue.line, cue.pattern ? "cue pattern" : "cue", cue.text, LineBreaks::kAllowed);
        if (cue.pattern) problems.Pattern(cue.line, "cue pattern", cue.text);
      }
    }
  }
  return problems.Take();
}

std::string Printable(std::string_view text, size_t max) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    if (out.size() >= max) return out + "…";
    const size_t n = SequenceAt(text, i);
    const int control = n ? ControlAt(text, i, n) : -1;
    if (n == 0 || (control >= 0 && control != '\t')) {
      out += "\\x" + Hex(n == 0 ? static_cast<unsigned char>(text[i]) : static_cast<unsigned>(control));
      i += n == 0 ? 1 : n;
    } else {
      out.append(text, i, n);
      i += n;
    }
  }
  return out;
}

}  // namespace returns
