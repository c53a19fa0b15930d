#include "corpus/text/tokenize.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <array>
#include <cctype>
#include <memory>

namespace returns {
namespace {

struct Piece {
  size_t start = 0;
  size_t end = 0;
  bool word = false;   // ICU called it a word (letters or numbers)
  bool ascii = false;  // from an ASCII run
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

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

std::string FoldCase(std::string_view text) {
  // Unicode case folding maps exactly A-Z to a-z among ASCII characters.
  if (IsAscii(text)) {
    std::string out(text);
    for (char& c : out) {
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
  }
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

namespace {

// ICU pieces of the text: words and the single symbols between them (no
// spaces), appended to `pieces` with offsets moved by `base`.
void IcuPieces(std::string_view utf8, size_t base, std::vector<Piece>& pieces) {
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
    pieces.push_back({base + b0, base + b1, word});
  }
}

// Word-break classes of ASCII characters (Unicode UAX #29, as ICU's root
// rules have them; ':' is not MidLetter there).
enum class Wb : uint8_t { kOther, kLetter, kNumeric, kMidNumLet, kMidNum, kSingleQuote, kExtendNumLet };

constexpr Wb ClassOf(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '@') return Wb::kLetter;  // ICU: '@' is ALetter
  if (c >= '0' && c <= '9') return Wb::kNumeric;
  switch (c) {
    case '.': return Wb::kMidNumLet;
    case ',':
    case ';': return Wb::kMidNum;
    case '\'': return Wb::kSingleQuote;
    case '_': return Wb::kExtendNumLet;
    default: return Wb::kOther;
  }
}

// ClassOf, looked up: the tokenizer's innermost test.
constexpr auto kClasses = [] {
  std::array<Wb, 256> t{};
  for (int i = 0; i < 256; ++i) t[static_cast<size_t>(i)] = ClassOf(static_cast<unsigned char>(i));
  return t;
}();
inline Wb Class(unsigned char c) { return kClasses[c]; }

bool InWord(Wb c) { return c == Wb::kLetter || c == Wb::kNumeric || c == Wb::kExtendNumLet; }

// The same pieces for a run of ASCII without white space, by the rules ICU
// applies there: letters, digits and '_' join (WB5, 8-10, 13a/b); '.' and '\''
// join letters to letters (WB6/7) and, with ',' and ';', digits to digits
// (WB11/12); every other character is a piece of its own.
void AsciiPieces(std::string_view run, size_t base, std::vector<Piece>& pieces) {
  size_t i = 0;
  while (i < run.size()) {
    const Wb first = Class(static_cast<unsigned char>(run[i]));
    if (!InWord(first)) {
      pieces.push_back({base + i, base + i + 1, false, true});
      ++i;
      continue;
    }
    bool letters_or_digits = first != Wb::kExtendNumLet;
    size_t j = i + 1;
    for (;;) {
      // Letters, digits and '_' join: the tight loop most characters take.
      while (j < run.size()) {
        const Wb cur = Class(static_cast<unsigned char>(run[j]));
        if (!InWord(cur)) break;
        letters_or_digits = letters_or_digits || cur != Wb::kExtendNumLet;
        ++j;
      }
      if (j + 1 >= run.size()) break;
      const Wb prev = Class(static_cast<unsigned char>(run[j - 1]));
      const Wb cur = Class(static_cast<unsigned char>(run[j]));
      const Wb next = Class(static_cast<unsigned char>(run[j + 1]));
      const bool mid_letter = cur == Wb::kMidNumLet || cur == Wb::kSingleQuote;
      const bool mid_number = cur == Wb::kMidNum || cur == Wb::kMidNumLet || cur == Wb::kSingleQuote;
      if ((prev == Wb::kLetter && next == Wb::kLetter && mid_letter) ||
          (prev == Wb::kNumeric && next == Wb::kNumeric && mid_number)) {
        j += 2;
        continue;
      }
      break;
    }
    // ICU calls a run of '_' alone a word only when it is two or more long.
    pieces.push_back({base + i, base + j, letters_or_digits || j - i >= 2, true});
    i = j;
  }
}

constexpr bool IsAsciiSpace(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

// IsAsciiSpace, looked up, with a second bit for bytes past ASCII: the test
// BreakPieces makes of every byte.
constexpr uint8_t kSpace = 1, kNonAscii = 2;
constexpr auto kByteKinds = [] {
  std::array<uint8_t, 256> t{};
  for (int i = 0; i < 256; ++i) {
    t[static_cast<size_t>(i)] = static_cast<uint8_t>((IsAsciiSpace(static_cast<unsigned char>(i)) ? kSpace : 0) |
                                                     (i >= 0x80 ? kNonAscii : 0));
  }
  return t;
}();
inline uint8_t KindOf(char c) { return kByteKinds[static_cast<unsigned char>(c)]; }

// Words never span ASCII white space (UAX #29 breaks on both sides of it), so
// the text is broken run by run: ASCII runs by AsciiPieces, the rest by ICU.
std::vector<Piece> BreakPieces(std::string_view utf8) {
  std::vector<Piece> pieces;
  pieces.reserve(utf8.size() / 4 + 8);  // about a piece every 5 bytes of prose: grown once at most
  size_t i = 0;
  while (i < utf8.size()) {
    while (i < utf8.size() && (KindOf(utf8[i]) & kSpace)) ++i;
    size_t j = i;
    uint8_t kinds = 0;
    for (uint8_t k; j < utf8.size() && !((k = KindOf(utf8[j])) & kSpace); ++j) kinds |= k;
    const bool ascii = !(kinds & kNonAscii);
    if (j == i) break;
    if (ascii) AsciiPieces(utf8.substr(i, j - i), i, pieces);
    else IcuPieces(utf8.substr(i, j - i), i, pieces);
    i = j;
  }
  return pieces;
}

// ICU's pieces of the whole text: the reference the fast path is held to.
std::vector<Piece> ReferencePieces(std::string_view utf8) {
  std::vector<Piece> pieces;
  IcuPieces(utf8, 0, pieces);
  return pieces;
}

}  // namespace

namespace {

std::vector<Token> TokensOf(std::string_view utf8, const std::vector<Piece>& pieces) {
  auto text = [&](const Piece& p) { return utf8.substr(p.start, p.end - p.start); };
  auto touching = [](const Piece& a, const Piece& b) { return a.end == b.start; };

  std::vector<Token> tokens;
  tokens.reserve(pieces.size());
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
    // Built in place: no token is copied or moved.
    Token& t = tokens.emplace_back();
    const std::string_view word = utf8.substr(p.start, p.end - p.start);
    t.text.assign(word);
    if (p.ascii && pieces[i].ascii) {  // an ASCII word: folding is lower case
      t.folded.assign(word);
      for (char& ch : t.folded) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
    } else {
      t.folded = FoldCase(word);
    }
    t.start = p.start;
    t.end = p.end;
  }
  return tokens;
}

}  // namespace

std::vector<Token> Tokenize(std::string_view utf8) { return TokensOf(utf8, BreakPieces(utf8)); }

std::vector<Token> TokenizeWithIcuOnly(std::string_view utf8) { return TokensOf(utf8, ReferencePieces(utf8)); }

}  // namespace returns
