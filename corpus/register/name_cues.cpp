#include "corpus/register/name_cues.h"

#include <cctype>

#include "corpus/text/words.h"

namespace returns {
namespace {

// The last word of a name, past a closing bracketed note or short name and
// trailing punctuation, in lower case.
std::string LastWord(std::string_view name) {
  name = Trim(name);
  while (!name.empty() && (name.back() == ',' || name.back() == ';' || name.back() == '.')) name.remove_suffix(1);
  if (!name.empty() && name.back() == ')') {
    const size_t open = name.rfind('(');
    if (open != std::string_view::npos && open > 0) name = Trim(name.substr(0, open));
  }
  const std::vector<Word> words = SplitWords(name);
  if (words.empty()) return {};
  std::string out;
  for (char c : words.back().text) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

bool OneOf(const std::string& word, std::initializer_list<const char*> list) {
  for (const char* w : list) {
    if (word == w) return true;
  }
  return false;
}

bool Hyphenated(const std::string& s) {
  return s.size() >= 2 && s.back() == '-' && std::isalpha(static_cast<unsigned char>(s[s.size() - 2]));
}

void Append(std::string& name, std::string_view line) {
  line = Trim(line);
  if (line.empty()) return;
  if (!name.empty() && !Hyphenated(name)) name += ' ';
  name += line;
}

std::vector<std::string> SplitOn(const std::string& text, char sep) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    const size_t at = text.find(sep, start);
    out.emplace_back(Trim(std::string_view(text).substr(start, at == std::string::npos ? std::string::npos : at - start)));
    if (at == std::string::npos) break;
    start = at + 1;
  }
  return out;
}

}  // namespace

bool EndsLikeSchool(std::string_view name) {
  return OneOf(LastWord(name), {"primary", "junior", "juniors", "infant", "infants", "cep", "ce", "cofe", "coe", "cp",
                                "cps", "rc", "school", "academy", "grammar", "high", "college", "tc", "juniorschool", "nursery"});
}

bool EndsLikeCollaborative(std::string_view name) {
  return OneOf(LastWord(name), {"partnership", "alliance", "hub", "collaborative", "collaboration", "consortium",
                                "cluster", "group", "network", "trust", "federation", "partners", "together",
                                "community", "project", "primaries", "collective", "schools"});
}

std::string JoinNameLines(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) Append(out, l);
  return out;
}

std::vector<std::string> SplitSchoolList(const std::vector<std::string>& lines, const std::vector<LineEnd>& ends) {
  std::vector<std::string> entries;
  std::string current;
  for (size_t i = 0; i < lines.size(); ++i) {
    Append(current, lines[i]);
    if (i + 1 == lines.size()) break;
    const LineEnd end = i < ends.size() ? ends[i] : LineEnd::kUnknown;
    const std::string_view next = Trim(lines[i + 1]);
    const std::vector<Word> next_words = SplitWords(next);
    // "(budget holder)", a word in lower case, or a school's last word ("Holy Trinity CE" / "Primary") goes on.
    const bool next_goes_on = !next.empty() && (next.front() == '(' || std::islower(static_cast<unsigned char>(next.front())) ||
                                                (end != LineEnd::kHard && EndsLikeSchool(next_words.front().text) &&
                                                 (next_words.size() == 1 || EndsLikeSchool(next_words[1].text))));
    bool separate = false;
    if (end == LineEnd::kHard) separate = !next_goes_on;
    else if (end == LineEnd::kUnknown) separate = !next_goes_on && EndsLikeSchool(current);
    if (separate) {
      entries.push_back(std::move(current));
      current.clear();
    }
  }
  if (!Trim(current).empty()) entries.push_back(std::move(current));

  std::vector<std::string> out;
  for (const std::string& entry : entries) {
    for (const std::string& part : SplitOn(entry, ';')) {
      const std::vector<std::string> pieces = SplitOn(part, ',');
      std::string school;
      for (size_t k = 0; k < pieces.size(); ++k) {
        school += (school.empty() ? "" : ", ") + pieces[k];
        const bool split_here = k + 1 < pieces.size() && EndsLikeSchool(pieces[k]) && EndsLikeSchool(pieces[k + 1]);
        if (split_here || k + 1 == pieces.size()) {
          std::string_view name = Trim(school);
          while (!name.empty() && (name.back() == ',' || name.back() == ';')) name = Trim(name.substr(0, name.size() - 1));
          if (!name.empty()) out.emplace_back(name);
          school.clear();
        }
      }
    }
  }
  return out;
}

}  // namespace returns
