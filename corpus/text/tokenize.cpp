#include "corpus/text/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cctype>
#include <memory>

namespace returns {
namespace {

struct Piece {
  size_t start = 0;
  size_t end = 0;
  bool word = false;  // ICU called it a word (letters or numbers)
};

icu::BreakIterator& WordBreaker() {
  // Creating a break iterator loads rules; do it once per thread.
  thread_local std::unique_ptr<icu::BreakIterator> breaker = [] {
    UErrorCode error = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), error));
    return it;
  }();
  return *breaker;
}

bool HasDigit(std::string_view s) {
  for (unsigned char c : s) {
    if (std::isdigit(c)) return true;
  }
  return false;
}
bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (unsigned char c : s) {
    if (!std::isdigit(c) && c != '.' && c != ',') return false;
  }
  return std::isdigit(static_cast<unsigned char>(s.front())) != 0;
}
bool ShortCapitals(std::string_view s) {
  if (s.empty() || s.size() > 3) return false;
  for (unsigned char c : s) {
    if (!std::isupper(c)) return false;
  }
  return true;
}

}  // namespace

std::string FoldCase(std::string_view text) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

namespace {

// ICU pieces of the text: words and the single symbols between them (no spaces).
std::vector<Piece> BreakPieces(std::string_view utf8) {
  const icu::UnicodeString u =
      icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  // UTF-16 index → UTF-8 byte offset.
  std::vector<size_t> to_byte(static_cast<size_t>(u.length()) + 1, utf8.size());
  {
    int32_t i8 = 0;
    int32_t i16 = 0;
    const auto* s = reinterpret_cast<const uint8_t*>(utf8.data());
    const auto n = static_cast<int32_t>(utf8.size());
    while (i8 < n) {
      to_byte[static_cast<size_t>(i16)] = static_cast<size_t>(i8);
      UChar32 c;
      U8_NEXT(s, i8, n, c);
      i16 += U16_LENGTH(c < 0 ? 0xFFFD : c);
    }
  }
  std::vector<Piece> pieces;
  icu::BreakIterator& it = WordBreaker();
  it.setText(u);
  int32_t start = it.first();
  for (int32_t end = it.next(); end != icu::BreakIterator::DONE; start = end, end = it.next()) {
    const bool word = it.getRuleStatus() >= UBRK_WORD_NONE_LIMIT;
    const size_t b0 = to_byte[static_cast<size_t>(start)];
    const size_t b1 = to_byte[static_cast<size_t>(end)];
    if (!word) {
      const std::string_view s = utf8.substr(b0, b1 - b0);
      bool space = true;
      for (unsigned char c : s) space = space && std::isspace(c);
      if (space) continue;
    }
    pieces.push_back({b0, b1, word});
  }
  return pieces;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view utf8) {
  const std::vector<Piece> pieces = BreakPieces(utf8);
  auto text = [&](const Piece& p) { return utf8.substr(p.start, p.end - p.start); };
  auto touching = [](const Piece& a, const Piece& b) { return a.end == b.start; };

  std::vector<Token> tokens;
  for (size_t i = 0; i < pieces.size(); ++i) {
    Piece p = pieces[i];
    // £125: the currency sign joins its amount.
    if (!p.word && text(p) == "\xC2\xA3" && i + 1 < pieces.size() && pieces[i + 1].word &&
        touching(p, pieces[i + 1]) && AllDigits(text(pieces[i + 1]))) {
      p.end = pieces[++i].end;
      p.word = true;
    }
    if (!p.word) continue;
    for (;;) {
      if (i + 1 >= pieces.size() || !touching(p, pieces[i + 1])) break;
      const std::string_view joiner = text(pieces[i + 1]);
      // 79%
      if (joiner == "%" && AllDigits(text(p))) {
        p.end = pieces[++i].end;
        break;
      }
      if (i + 2 >= pieces.size() || !pieces[i + 2].word || !touching(pieces[i + 1], pieces[i + 2])) break;
      const std::string_view left = text(Piece{p.start, pieces[i].end, true});
      const std::string_view right = text(pieces[i + 2]);
      const bool slash = joiner == "/" && HasDigit(left) && HasDigit(right);
      const bool ampersand = joiner == "&" && ShortCapitals(text(pieces[i])) && ShortCapitals(right);
      if (!slash && !ampersand) break;
      p.end = pieces[i + 2].end;
      i += 2;
    }
    Token t;
    t.text = std::string(utf8.substr(p.start, p.end - p.start));
    t.folded = FoldCase(t.text);
    t.start = p.start;
    t.end = p.end;
    tokens.push_back(std::move(t));
  }
  return tokens;
}

}  // namespace returns
