#include "corpus/readers/unknown_row.h"

#include <catch2/catch.hpp>

#include <sstream>

using returns::ReadUnknownRow;
using returns::RowLine;
using returns::SplitWords;
using returns::Word;

namespace {

// A row's lines as a text appendix holds them; the first line's first word is its district.
struct Row {
  std::vector<std::string> text;
  std::vector<std::vector<Word>> words;
  std::vector<RowLine> lines;
  explicit Row(const std::string& s) {
    std::istringstream in(s);
    for (std::string l; std::getline(in, l);) text.push_back(l);
    for (const std::string& l : text) words.push_back(SplitWords(l));
    for (size_t k = 0; k < text.size(); ++k) lines.push_back({text[k], &words[k], k == 0 ? size_t{1} : 0});
  }
  std::string Answer() const {
    const returns::UnknownRowRead r = ReadUnknownRow(lines);
    std::string out;
    for (size_t k = 0; k < text.size(); ++k) {
      const std::string part = text[k].substr(r.offsets[k]);
      if (!part.empty()) out += (out.empty() ? "" : "|") + part;
    }
    return out;
  }
};

}  // namespace

TEST_CASE("an unknown collaborative's cells by cues and layout", "[unknown_row]") {
  struct Case {
    const char* name;
    std::string row;
    std::string collaborative;
    std::vector<std::string> leads;
    std::string answer;
    bool sure;
  };
  const std::vector<Case> cases = {
      {"pdftotext -raw: cells run on, one after the other", "Dartford Darent Valley\nPartnership\nSutton-at-Hone CEP The maths leads met.\nmore text.",
       "Darent Valley Partnership", {"Sutton-at-Hone CEP"}, "The maths leads met.|more text.", true},
      {"a whole row on one line", "Swale Swale Learning Trust Milton Court Primary o Pupil premium champions",
       "Swale Learning Trust", {"Milton Court Primary"}, "o Pupil premium champions", true},
      {"schools one a line, then a bullet", "Ashford Stour Valley Learning\nAlliance\nGreat Chart Primary\nKennington CEP\n- The data system.",
       "Stour Valley Learning Alliance", {"Great Chart Primary", "Kennington CEP"}, "- The data system.", true},
      {"a school wrapped, a list by comma", "Thanet Isle of Thanet Reading\nHub\nGarlinge Primary, St\nSaviour's CE Junior\nPriority 1: Writing",
       "Isle of Thanet Reading Hub", {"Garlinge Primary", "St Saviour's CE Junior"}, "Priority 1: Writing", true},
      {"a school's last words wrapped apart", "Gravesham Gravesend Riverside\nPartnership\nRosherville CEP, Holy\nTrinity CE\nPrimary\nTermly meetings.",
       "Gravesend Riverside Partnership", {"Rosherville CEP", "Holy Trinity CE Primary"}, "Termly meetings.", true},
      {"cue words in a row", "Dover Deal Schools Together Warden House\nPrimary\nNewly qualified teachers met.",
       "Deal Schools Together", {"Warden House Primary"}, "Newly qualified teachers met.", true},
      {"each cell its own block (pdftotext)", "Canterbury\n\nBlean Woods Schools\nNetwork\n\nHersden Village\nPrimary\n\n3.1 Joint moderation.",
       "Blean Woods Schools Network", {"Hersden Village Primary"}, "3.1 Joint moderation.", true},
      {"a bracketed short name and a note", "Ashford Central Ashford Town\nSchools (CATS)\n\nWillesborough\nJunior (budget holder)\n\nPriority 1:",
       "Central Ashford Town Schools (CATS)", {"Willesborough Junior (budget holder)"}, "Priority 1:", true},
      {"no lead school: the answer starts at once", "Dover White Cliffs Collaboration\nStaff from schools met.",
       "White Cliffs Collaboration", {}, "Staff from schools met.", true},
      {"a lead school with no ending, set apart by layout", "Canterbury\n\nWickham Partners\n\nWickhambreaux\n\nExcellent progress.",
       "Wickham Partners", {"Wickhambreaux"}, "Excellent progress.", true},
      {"a collaborative ending in Group", "Sevenoaks Otford Group Seven Primary\nWe met.",
       "Otford Group", {"Seven Primary"}, "We met.", true},
      // Neither cue nor layout ends the collaborative: the rest of its first line, a guess.
      {"nothing ends the collaborative", "Swale Sheppey Isle Friends\nMinster College\nShared training.",
       "Sheppey Isle Friends", {"Minster College"}, "Shared training.", false},
  };
  for (const Case& c : cases) {
    INFO(c.name);
    Row row(c.row);
    const returns::UnknownRowRead r = ReadUnknownRow(row.lines);
    CHECK(r.collaborative == c.collaborative);
    CHECK(r.lead_schools == c.leads);
    CHECK(row.Answer() == c.answer);
    CHECK(r.sure == c.sure);
    if (!r.sure) CHECK(r.doubt == "collaborative");
  }
}

TEST_CASE("a district at a line's start followed by a sentence", "[unknown_row]") {
  auto sentence = [](const std::string& line) { return returns::ReadsAsSentence(SplitWords(line), 1); };
  CHECK(sentence("Dover schools have joined our writing project."));
  CHECK(sentence("Canterbury Christ Church University has supported the action research."));
  CHECK(sentence("Ashford Oaks and Great Chart shared their tracking systems."));
  CHECK(sentence("Sevenoaks Primary School hosted the first learning walk."));
  CHECK_FALSE(sentence("Swale Swale Learning Trust Milton Court Primary o Pupil premium"));
  CHECK_FALSE(sentence("Dartford Darent Valley"));
  CHECK_FALSE(sentence("Thanet Isle of Thanet Reading"));
}
