#include "corpus/register/name_cues.h"

#include <catch2/catch.hpp>

using returns::LineEnd;
using returns::SplitSchoolList;

TEST_CASE("school and collaborative names by their endings", "[name_cues]") {
  for (const char* school : {"Hamstreet Primary", "Brookland CEP", "Dartford Grammar School", "St Saviour's CE Junior",
                             "Tenterden Junior (budget holder)", "Downs View Infant", "Minster College", "Craylands School,"}) {
    INFO(school);
    CHECK(returns::EndsLikeSchool(school));
    CHECK_FALSE(returns::EndsLikeCollaborative(school));
  }
  for (const char* collaborative : {"Romney Marsh Learning Partnership", "Coastal Alliance", "EAS Hub",
                                    "Dartford Area Schools Consortium (DASCo)", "Malling Valley Schools Group",
                                    "Swale Learning Trust", "Deal Schools Together"}) {
    INFO(collaborative);
    CHECK(returns::EndsLikeCollaborative(collaborative));
    CHECK_FALSE(returns::EndsLikeSchool(collaborative));
  }
  CHECK_FALSE(returns::EndsLikeSchool("Lamberhurst"));
  CHECK_FALSE(returns::EndsLikeSchool(""));
}

TEST_CASE("a lead-school cell split into its schools", "[name_cues]") {
  struct Case {
    std::vector<std::string> lines;
    std::vector<LineEnd> ends;
    std::vector<std::string> want;
  };
  const LineEnd kW = LineEnd::kWrapped, kH = LineEnd::kHard, kU = LineEnd::kUnknown;
  const std::vector<Case> cases = {
      {{"Brookland CEP, Lydd Primary"}, {}, {"Brookland CEP", "Lydd Primary"}},
      {{"Swalecliffe Junior, Joy", "Lane Primary"}, {kU}, {"Swalecliffe Junior", "Joy Lane Primary"}},
      {{"Hersden Village", "Primary"}, {kU}, {"Hersden Village Primary"}},
      {{"Great Chart Primary", "Kennington CEP"}, {kU}, {"Great Chart Primary", "Kennington CEP"}},
      {{"Rosherville CEP; Holy", "Trinity CE Primary"}, {kW}, {"Rosherville CEP", "Holy Trinity CE Primary"}},
      {{"Sutton-at-", "Hone CEP"}, {kW}, {"Sutton-at-Hone CEP"}},
      // A name without an ending: only a hard line end or ';' separates.
      {{"Lamberhurst", "St Mary\u2019s"}, {kH}, {"Lamberhurst", "St Mary\u2019s"}},
      {{"Lamberhurst", "St Mary\u2019s"}, {kU}, {"Lamberhurst St Mary\u2019s"}},
      {{"Stone, St Mary\u2019s"}, {}, {"Stone, St Mary\u2019s"}},
      {{"Tenterden Junior", "(budget holder)"}, {kH}, {"Tenterden Junior (budget holder)"}},
      {{"LANGTON GREEN; BISHOPS DOWN"}, {}, {"LANGTON GREEN", "BISHOPS DOWN"}},
      // A school's last words wrapped apart; a list's separator left at a line's end.
      {{"Holy Trinity CE", "Primary"}, {kU}, {"Holy Trinity CE Primary"}},
      {{"Otford Primary,", "Shoreham Village School"}, {kH}, {"Otford Primary", "Shoreham Village School"}},
      {{}, {}, {}},
  };
  for (const Case& c : cases) {
    INFO((c.lines.empty() ? std::string("(empty)") : c.lines.front()));
    CHECK(SplitSchoolList(c.lines, c.ends) == c.want);
  }
}
