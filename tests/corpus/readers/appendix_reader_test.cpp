#include "corpus/readers/appendix_reader.h"

#include <catch2/catch.hpp>

#include <set>

#include "tests/corpus/readers/appendix_samples.h"
#include "tests/corpus/readers/roundtrip.h"
#include "tests/corpus/seed_corpus.h"

using returns::Return;
using returns::test::FindReturn;
using returns::test::SeedAppendix;

namespace {

// One hand-checked row of a seed appendix: what a careful reader of the PDF
// table finds in each column, and where the answer begins and ends.
struct Row {
  int question;
  const char* id;
  const char* district;
  const char* collaborative;  // as written
  const char* canonical;
  std::vector<std::string> lead_schools;  // as written
  const char* begins;
  const char* ends;
};

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }
bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

const std::vector<Row>& HandCheckedRows() {
  static const std::vector<Row> rows = {
      {2, "q2/central-ashford-town-schools-cats/willesborough-junior", "Ashford", "Central Ashford Town Schools (CATS)",
       "Central Ashford Town Schools (CATS)", {"Willesborough Junior"}, "Priority 1: Improve the consistency",
       "by the end of Term 4"},
      {2, "q2/ace/hamstreet-primary", "Ashford", "ACE", "ACE", {"Hamstreet Primary"}, "Sharing of good practice",
       "increased well being."},
      {2, "q2/tenterden-rural-alliance/tenterden-junior", "Ashford", "Tenterden Rural Alliance",
       "Tenterden Rural Alliance", {"Tenterden Junior"}, "We have three specific objectives", "skills in the classroom."},
      {2, "q2/coastal-alliance/herne-bay-high", "Canterbury", "Coastal Alliance", "Coastal Alliance", {"Herne Bay High"},
       "Objective 1: To increase the rate", "improved service agreement negotiated"},
      {2, "q2/educant/blean-primary", "Canterbury", "Educant", "Educant",
       {"Blean Primary", "St Peters Methodist Primary", "St Thomas Catholic Primary", "Parkside Community Primary",
        "St Johns Church of England Primary", "Petham Primary", "Chartham Primary"},
       "As above-L6 maths pupils", "as schools’ needs differ."},
      // The row starts after a leading space, right under the previous answer.
      {2, "q2/wickhambreaux-cep/wickhambreaux-cep", "Canterbury", "Wickhambreaux CEP", "Wickhambreaux CEP",
       {"Wickhambreaux", "Hoath Primary", "Chislet CE Primary"}, "Excellent progress in targeted areas",
       "Reading and Maths."},
      // Four lead schools, each under a "Family N lead:" label, one of them starting with a district name.
      {2, "q2/dartford-area-schools-consortium-dasco/dartford-grammar-school", "Dartford",
       "Dartford Area Schools Consortium (DASCo)", "Dartford Area Schools Consortium (DASCo)",
       {"Dartford Grammar School", "Our Lady’s CP", "Stone, St Mary’s", "Holy Family CoE Primary"},
       "We have made progress in identifying", "Level 5/6 work in Year 6."},
      // One line holds the lead school and the answer's first words.
      {2, "q2/temple-hill-oakfield-collaborative-reading-project/oakfield", "Dartford",
       "Temple Hill & Oakfield Collaborative Reading Project", "Temple Hill & Oakfield Collaborative Reading Project",
       {"Oakfield"}, "Quality of teaching has improved at Temple Hill", "Improved reading age data at Oakfield."},
      {2, "q2/raising-achievement-in-dover-raid/priory-fields", "Dover", "RAiD", "Raising Achievement in Dover (RAiD)",
       {"Priory Fields"}, "Priority 1: To raise standards in writing", "due to a focus on writing"},
      {2, "q2/samphire-hub/no-lead", "Dover", "Samphire Hub Action Plan", "Samphire Hub", {}, "1.2 Joint SDD",
       "Moderation of assessments undertaken"},
      // The lead-school column leaks into the middle of the answer ("lead across the / consortium.").
      {2, "q2/sandwich-primary-consortium/eastry", "Dover", "Sandwich Consortium", "Sandwich Primary Consortium",
       {"Eastry"}, "A whole-school/consortium target-setting", "ready for the revised Ofsted framework."},
      {2, "q2/getting-gravesham-reading-northfleet-gravesham-alliance/st-botolphs", "Gravesham",
       "Northfleet & Gravesend Alliance (Getting Gravesham Reading)",
       "Getting Gravesham Reading (Northfleet & Gravesham Alliance)", {"St Botolph’s"}, "We successfully launched",
       "have commenced training."},
      {2, "q2/maidstone-rural-anglican-church-schools-collaboration/yalding-st-peter-and-st-paul", "Maidstone",
       "Maidstone Rural Anglican Church Schools", "Maidstone Rural Anglican Church Schools Collaboration",
       {"Yaling St Peter and St Paul"}, "Good progress made within Every TA", "available in Term 6."},
      {2, "q2/weald-consortium/coxheath", "Maidstone", "Weald Collaboration", "Weald Consortium", {"Coxheath"},
       "Good progress for 1, 2, 3, 4", "development and priorities"},
      {2, "q2/swanley-partnership-collaboration/st-marys", "Sevenoaks", "Swanley Partnership Collaboration",
       "Swanley Partnership Collaboration", {"St Mary's", "Hextable Primary", "High Firs", "Downsview", "Horizon"},
       "Objective 1", "maximum impact in ICT development."},
      // A lead school that starts with a district name ("Sevenoaks Primary School") is not a new row.
      {2, "q2/sevenoaks-cluster-of-schools/sevenoaks-primary-school", "Sevenoaks", "Sevenoaks Cluster of Schools",
       "Sevenoaks Cluster of Schools", {"Sevenoaks Primary School"}, "Development of collegiate support",
       "judged as ‘good’"},
      {2, "q2/ways-with-words/kemsing", "Sevenoaks",
       "Ways with words (sub project of Sevenoaks Cluster of Schools Collaborative)", "Ways with Words", {"Kemsing"},
       "16 schools have signed up", "dates for training agreed."},
      {2, "q2/sevenoaks-cluster-of-schools/st-thomas-rc-primary-school-sevenoaks", "Sevenoaks",
       "Sevenoaks Cluster of Schools", "Sevenoaks Cluster of Schools", {"St Thomas’ RC Primary School, Sevenoaks"},
       "Development of collegiate partnership", "under current schedule"},
      // "Collaborative Hub" leaks into the answer five lines down.
      {2, "q2/romney-marsh-school-improvement-collaborative-hub/st-nicholas", "Shepway",
       "Romney Marsh School Improvement Collaborative Hub", "Romney Marsh School Improvement Collaborative Hub",
       {"St Nicholas"}, "1.1 – joint moderation well received", "staffing issues surrounding this."},
      // Three lead schools, three answer blocks: still one return.
      {2, "q2/urban-folkestone-school-collaborative-folkestone-urban-hub/harcourt", "Shepway",
       "Urban Folkestone School Collaborative", "Urban Folkestone School Collaborative (Folkestone Urban Hub)",
       {"Harcourt", "Stella Maris", "Castle Hill CP"}, "Assertive Mentoring – much clearer focus",
       "currently at 75%"},
      {2, "q2/hythe-hub/no-lead", "Shepway", "Hythe Hub Partners", "Hythe Hub", {}, "See previous response.",
       "satisfactory to good."},
      {2, "q2/m7-partnership/minster-primary", "Thanet", "M7 Partnership", "M7 Partnership", {"Minster Primary"},
       "As our plan was approved", "are really important."},
      // District split over two lines, then a collaborative that begins with the district's name.
      {2, "q2/tonbridge-malling-4/more-park", "Tonbridge & Malling", "Tonbridge & Malling 4", "Tonbridge & Malling 4",
       {"More Park"}, "Strand 1 – Everything is set up", "Teachers feel more supported."},
      {2, "q2/school-collaboration-burham-tunbury-st-marks-at-eccles-wouldham-all-saints/wouldham-all-saints",
       "Tonbridge & Malling", "School Collaboration - Burham, Tunbury, St Mark's at Eccles, Wouldham All Saints",
       "School Collaboration - Burham, Tunbury, St Mark's at Eccles, Wouldham All Saints", {"Wouldham, All Saints"},
       "Collaboration funding received", "focus of plan established."},
      {2, "q2/tonbridge-and-malling-school-to-school-partnership/hugh-christie-tc", "Tonbridge & Malling",
       "Tonbridge & Malling School to School Partnership", "Tonbridge and Malling School to School Partnership",
       {"Hugh Christie TC"}, "Priority 1: quality of teaching", "Cage Green Unit."},
      {2, "q2/pilgrims-way-partnership/st-georges-cep-school", "Tonbridge & Malling", "Pilgrim’s Way Partnership",
       "Pilgrims Way Partnership", {"St George’s CEP School"}, "Priority One: To raise attainment",
       "Learning environments"},
      // "Tonbridge &" shares a line with the collaborative; "Malling" and "School" leak into the answer.
      {2, "q2/mosaic-collaborative/ightham-primary-school", "Tonbridge & Malling", "Mosaic Group D",
       "Mosaic Collaborative", {"Ightham Primary School"}, "Spotlight 3 Leadership and Management",
       "involved in Spotlight 3."},
      {2, "q2/tunbridge-wells/langton-green", "Tunbridge Wells", "Tunbridge Wells", "Tunbridge Wells",
       {"LANGTON GREEN", "BISHOPS DOWN", "ST JAMES’ INFANTS", "CLAREMONT"}, "All in attendance think",
       "other collaboration schools."},
      {2, "q2/cranbrook-and-paddock-wood-partnership/lamberhurst", "Tunbridge Wells",
       "Cranbrook & Paddock Wood Partnership", "Cranbrook and Paddock Wood Partnership", {"Lamberhurst", "St Mary’s"},
       "Very strong collaborative links created", "INSET day – Feb 2013"},
      // Question 3.
      {3, "q3/educant/blean-primary", "Canterbury", "Educant", "Educant",
       {"Blean Primary", "St Peters Methodist Primary", "St Thomas Catholic Primary", "Parkside Community Primary",
        "St Johns Church of England Primary", "Petham Primary", "Chartham Primary"},
       "Networking opportunities and the support", "to take priorities forward"},
      {3, "q3/wickhambreaux-cep/wickhambreaux-cep", "Canterbury", "Wickhambreaux CEP", "Wickhambreaux CEP",
       {"Wickhambreaux CEP", "Hoath Primary", "Chislet CE Primary"}, "Good pupil progress being made",
       "Chislet graded Good by Ofsted (March 2013)"},
      {3, "q3/dartford-area-schools-consortium-dasco/dartford-grammar-school", "Dartford",
       "Dartford Area Schools Consortium (DASCo)", "Dartford Area Schools Consortium (DASCo)",
       {"Dartford Grammar School", "Our Lady’s CP", "Stone, St Mary’s", "Holy Trinity CoE Primary"},
       "The areas of expertise amongst the group", "in particular Year 2 and Year 6."},
      {3, "q3/getting-gravesham-reading-northfleet-gravesham-alliance/st-botolphs", "Gravesham",
       "Northfleet & Gravesend Alliance (Getting Gravesham Reading)",
       "Getting Gravesham Reading (Northfleet & Gravesham Alliance)", {"St Botolph’s"},
       "The transition group has met", "agreed to give discounts on books."},
      {3, "q3/ways-with-words/kemsing", "Sevenoaks",
       "Ways with words (sub project of Sevenoaks Cluster of Schools Collaborative)", "Ways with Words", {"Kemsing"},
       "The main strength is that HT recognise", "the directing the project will take."},
      {3, "q3/romney-marsh-school-improvement-collaborative-hub/st-nicholas", "Shepway",
       "Romney Marsh School Improvement Collaborative Hub", "Romney Marsh School Improvement Collaborative Hub",
       {"St Nicholas"}, "Open, professional & supportive dialogue", "issues to the locality"},
      {3, "q3/pilgrims-way-partnership/st-georges-cep-school", "Tonbridge & Malling", "Pilgrim's Way",
       "Pilgrims Way Partnership", {"St George’s CEP"}, "Collectively being four church schools", "Shared vision"},
      {3, "q3/tonbridge-and-malling-school-to-school-partnership/hugh-christie-tc", "Tonbridge & Malling",
       "Tonbridge & Malling School Partnership", "Tonbridge and Malling School to School Partnership",
       {"Hugh Christie"}, "Strong collaboration demonstrated", "creating the structures for delivery."},
      {3, "q3/wrotham-mascalls-partnership/wrotham-school", "Tonbridge & Malling", "Wrotham/Mascalls Partnership",
       "Wrotham/Mascalls Partnership", {"Wrotham School"}, "Commitment of both Heads",
       "Commitment to self-fund further collaboration"},
      {3, "q3/mosaic-collaborative/ightham-primary-school", "Tonbridge & Malling", "Mosaic Group D",
       "Mosaic Collaborative", {"Ightham Primary School"}, "Supportive dialogue with SIA.",
       "School Development plan is being funded."},
      {3, "q3/maidstone-north-prev-consortium-f/east-borough", "Maidstone", "Consortium F",
       "Maidstone North (prev Consortium F)", {"East Borough"}, "Impact so far:",
       "strength and senior leadership team work"},
  };
  return rows;
}

}  // namespace

TEST_CASE("appendix header gives the question", "[appendix]") {
  CHECK(SeedAppendix(2).returns.front().question == 2);
  CHECK(SeedAppendix(3).returns.front().question == 3);
}

TEST_CASE("every table row of the seed appendices is one return", "[appendix]") {
  // Counted by hand in the PDF text: 44 rows answer question 2, 46 question 3.
  CHECK(SeedAppendix(2).returns.size() == 44);
  CHECK(SeedAppendix(3).returns.size() == 46);
  for (int q : {2, 3}) {
    std::set<std::string> ids;
    for (const Return& r : SeedAppendix(q).returns) {
      CHECK(ids.insert(r.id).second);
      CHECK(r.collaborative_canonical.has_value());
      CHECK_FALSE(r.comments.empty());
    }
    CHECK(SeedAppendix(q).warnings.empty());
  }
}

TEST_CASE("hand-checked rows read exactly", "[appendix]") {
  for (const Row& row : HandCheckedRows()) {
    INFO(row.id);
    const Return* r = FindReturn(row.question, row.id);
    REQUIRE(r != nullptr);
    CHECK(r->district == row.district);
    CHECK(r->collaborative == row.collaborative);
    REQUIRE(r->collaborative_canonical.has_value());
    CHECK(*r->collaborative_canonical == row.canonical);
    CHECK(r->lead_schools == row.lead_schools);
    CHECK(StartsWith(r->text, row.begins));
    CHECK(EndsWith(r->text, row.ends));
  }
}

TEST_CASE("column fragments leaking into an answer are kept out of it", "[appendix]") {
  const Return* sandwich = FindReturn(2, "q2/sandwich-primary-consortium/eastry");
  REQUIRE(sandwich);
  CHECK(sandwich->text.find("Lower KS2 and Upper KS2") != std::string::npos);
  CHECK(sandwich->text.find("lead across") == std::string::npos);

  const Return* romney = FindReturn(2, "q2/romney-marsh-school-improvement-collaborative-hub/st-nicholas");
  REQUIRE(romney);
  CHECK(romney->text.find("Collaborative Hub") == std::string::npos);
  CHECK(romney->comments.size() == 6);

  const Return* mosaic = FindReturn(2, "q2/mosaic-collaborative/ightham-primary-school");
  REQUIRE(mosaic);
  CHECK(mosaic->text.find("Malling") == std::string::npos);
  CHECK(mosaic->text.find("School Progress") == std::string::npos);

  const Return* nga = FindReturn(3, "q3/getting-gravesham-reading-northfleet-gravesham-alliance/st-botolphs");
  REQUIRE(nga);
  CHECK(nga->text.find("Alliance (Getting") == std::string::npos);
  CHECK(nga->text.find("keen to establish joint practice development.") != std::string::npos);

  const Return* educant = FindReturn(3, "q3/educant/blean-primary");
  REQUIRE(educant);
  CHECK(educant->text.find("work together and share good practice.") != std::string::npos);
  CHECK(educant->text.find("Methodist") == std::string::npos);

  const Return* words = FindReturn(3, "q3/ways-with-words/kemsing");
  REQUIRE(words);
  CHECK(words->text.find("project of Sevenoaks") == std::string::npos);
  CHECK(words->text.find("time to do something differently") != std::string::npos);

  const Return* folkestone = FindReturn(3, "q3/urban-folkestone-school-collaborative-folkestone-urban-hub/harcourt");
  REQUIRE(folkestone);
  CHECK(folkestone->text.find("Stella Maris") == std::string::npos);
  CHECK(folkestone->comments.size() == 9);
}

TEST_CASE("every comment span points at its text", "[appendix]") {
  for (int q : {2, 3}) {
    for (const Return& r : SeedAppendix(q).returns) {
      int position = 0;
      for (const returns::Comment& c : r.comments) {
        CHECK(c.position == ++position);
        REQUIRE(c.end <= r.text.size());
        CHECK(r.text.substr(c.start, c.end - c.start) == c.text);
        CHECK(c.line >= r.line);
      }
    }
  }
}

TEST_CASE("reading the same appendix twice gives the same returns", "[appendix]") {
  const returns::AppendixReader reader(returns::test::BundledRegister());
  const auto again = reader.ReadFile(std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013/q2-progress.txt");
  REQUIRE(again.ok());
  REQUIRE(again.value().returns.size() == SeedAppendix(2).returns.size());
  for (size_t i = 0; i < again.value().returns.size(); ++i) {
    CHECK(again.value().returns[i].id == SeedAppendix(2).returns[i].id);
    CHECK(again.value().returns[i].text == SeedAppendix(2).returns[i].text);
  }
}

namespace {

const char* kHeaderQ3 = " District Collaborative Lead School(s) Strengths so far as a collaborative:  \n \n\n";

returns::Result<returns::AppendixRead> ReadText(const std::string& text) {
  return returns::AppendixReader(returns::test::BundledRegister()).Read(text, "sample.txt");
}

}  // namespace

TEST_CASE("bad appendix input is a clear error naming the file", "[appendix][errors]") {
  SECTION("empty file") {
    const auto r = ReadText("  \n\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString() == "sample.txt: error: empty file");
  }
  SECTION("bytes that are not UTF-8, with line and byte offset") {
    const auto r = ReadText(std::string(kHeaderQ3) + "Dover Samphire Hub n/a caf\xE9 au lait\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString() == "sample.txt:4: error: invalid UTF-8 at byte offset 107 (byte 0xE9)");
  }
  SECTION("no recognisable header") {
    const auto r = ReadText("Some notes about the collaboratives\nDover Samphire Hub n/a Text\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString().rfind("sample.txt:1: error: no recognisable header", 0) == 0);
  }
  SECTION("a header naming no known question") {
    const auto r = ReadText(" District Collaborative Lead School(s) How was the weather?\nDover Samphire Hub n/a Text\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString().rfind("sample.txt:1: error: no recognisable header", 0) == 0);
  }
  SECTION("no district rows") {
    const auto r = ReadText(std::string(kHeaderQ3) + "Nothing here starts with a district.\n");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString() ==
          "sample.txt: error: no district rows found (a row starts with a Kent district name)");
  }
  SECTION("a missing file") {
    const auto r = returns::AppendixReader(returns::test::BundledRegister()).ReadFile("/nonexistent/q9.txt");
    REQUIRE_FALSE(r.ok());
    CHECK(r.status().ToString() == "/nonexistent/q9.txt: error: cannot open file");
  }
}

TEST_CASE("a collaborative missing from the register is read by layout and reported", "[appendix]") {
  const auto r = ReadText(std::string(kHeaderQ3) +
                          "Swale Sheppey Island \nPartners \n\nMinster College \n\n"
                          "o Shared training days \no Joint moderation of writing \n\n"
                          "Dover Samphire Hub n/a o Collegiate and committed approach \n");
  REQUIRE(r.ok());
  const auto& returns = r.value().returns;
  REQUIRE(returns.size() == 2);
  CHECK(returns[0].district == "Swale");
  CHECK(returns[0].collaborative == "Sheppey Island Partners");
  CHECK_FALSE(returns[0].collaborative_canonical.has_value());
  CHECK(returns[0].lead_schools == std::vector<std::string>{"Minster College"});
  REQUIRE(returns[0].comments.size() == 2);
  CHECK(returns[0].comments[1].text == "Joint moderation of writing");
  CHECK(returns[1].collaborative == "Samphire Hub");
  CHECK(returns[1].text == "Collegiate and committed approach");
  REQUIRE(r.value().warnings.size() == 1);
  CHECK(r.value().warnings[0] ==
        "sample.txt:4: warning: collaborative 'Sheppey Island Partners' is not in the register; its columns were "
        "read by layout and cues");
}

TEST_CASE("text before the first row is reported, not dropped silently", "[appendix]") {
  const auto r = ReadText(std::string(kHeaderQ3) + "Page 3 of 12\nDover Samphire Hub n/a o Shared purpose\n");
  REQUIRE(r.ok());
  REQUIRE(r.value().warnings.size() == 1);
  CHECK(r.value().warnings[0] ==
        "sample.txt:4: warning: text before the first district row belongs to no return: Page 3 of 12");
}

TEST_CASE("CRLF line ends read like LF", "[appendix]") {
  const auto r = ReadText(" District Collaborative Lead School(s) Strengths so far as a collaborative:\r\n\r\n"
                          "Dover Samphire Hub n/a o Shared purpose\r\no High expectations\r\n");
  REQUIRE(r.ok());
  REQUIRE(r.value().returns.size() == 1);
  CHECK(r.value().returns[0].text == "Shared purpose\nHigh expectations");
}

// ---- Appendices the reader was not built on (tests/data/appendix, made by
// make_appendix_pdfs.py and make_roundtrip.sh), and the rules that read them.

namespace {

returns::AppendixRead ReadData(const std::string& name) {
  const auto got = returns::AppendixReader(returns::test::BundledRegister()).ReadFile(returns::test::AppendixData(name));
  INFO(got.status().ToString());
  REQUIRE(got.ok());
  return got.value();
}

// Every row is one return with its district, collaborative and lead schools,
// and holds the text of every comment it was made from, in order (however
// the text segmenter splits it): no row merged into another, no text lost.
void CheckRowsKept(const returns::test::SourceTable& want, const std::vector<Return>& got) {
  using returns::test::BreakInsensitive;
  REQUIRE(got.size() == want.rows.size());
  for (size_t i = 0; i < got.size(); ++i) {
    const auto& w = want.rows[i];
    INFO("row " << i + 1 << ": " << w.collaborative);
    CHECK(got[i].district == w.district);
    CHECK(got[i].collaborative == w.collaborative);
    CHECK(got[i].lead_schools == w.lead_schools);
    std::string text;
    for (const returns::Comment& c : got[i].comments) text += c.text + " ";
    const std::string flat = BreakInsensitive(text);
    size_t at = 0;
    for (const auto& c : w.comments) {
      const size_t found = flat.find(BreakInsensitive(c.text), at);
      CHECK(found != std::string::npos);
      if (found != std::string::npos) at = found;
    }
  }
}

}  // namespace

TEST_CASE("pdftotext -layout text of an appendix is read by position", "[appendix][generated]") {
  const returns::AppendixRead q5 = ReadData("q5-additional.layout.txt");
  CHECK(returns::test::RowsReadExactly(returns::test::LoadSourceRows("q5-additional.expected.json"), q5.returns) == 14);
  CHECK(q5.warnings.empty());
  CheckRowsKept(returns::test::LoadSourceRows("unseen-q4.expected.json"), ReadData("unseen-q4.layout.txt").returns);
  // pdftotext set this one's bold header row on a grid of its own: the rows' first lines give the columns.
  CheckRowsKept(returns::test::LoadSourceRows("held-out-102.expected.json"), ReadData("held-out-102.layout.txt").returns);
}

// pdftotext -raw sets cells one after another and drops drawn bullets: rows
// and names are read by layout and cues; where comments split is the
// segmenter's reading of the text.
TEST_CASE("pdftotext -raw text: every row of an unknown collaborative is its own return", "[appendix][generated]") {
  for (const char* name : {"q5-additional", "unseen-q4"}) {
    INFO(name);
    const returns::AppendixRead read = ReadData(std::string(name) + ".raw.txt");
    CheckRowsKept(returns::test::LoadSourceRows(std::string(name) + ".expected.json"), read.returns);
    for (const Return& r : read.returns) {
      if (r.collaborative_canonical) continue;
      bool warned = false;
      for (const std::string& w : read.warnings) {
        warned |= w.find("collaborative '" + r.collaborative + "' is not in the register") != std::string::npos;
      }
      CHECK(warned);
    }
  }
}

TEST_CASE("round trip: our appendix printed to PDF, extracted with -layout and -raw, reads back", "[appendix][roundtrip]") {
  for (const char* name : {"roundtrip.layout.txt", "roundtrip.raw.txt"}) {
    INFO(name);
    const returns::AppendixRead read = ReadData(name);
    CHECK(read.warnings.empty());
    returns::test::CheckRoundTrip(read.returns);
  }
}

// Bug (issue 11): a row whose collaborative is not in the register was merged,
// silently, into the row above.
TEST_CASE("a row of an unknown collaborative is not merged into the row above", "[appendix]") {
  const auto r = ReadText(std::string(kHeaderQ3) +
                          "Dover Samphire Hub n/a o Collegiate and committed approach\n"
                          "Shepway Romney Marsh Learning\nPartnership\nBrookland CEP\nLydd Primary\n"
                          "Shared training days for all staff.\n");
  REQUIRE(r.ok());
  REQUIRE(r.value().returns.size() == 2);
  const Return& romney = r.value().returns[1];
  CHECK(romney.district == "Shepway");
  CHECK(romney.collaborative == "Romney Marsh Learning Partnership");
  CHECK(romney.lead_schools == std::vector<std::string>{"Brookland CEP", "Lydd Primary"});
  CHECK(romney.text == "Shared training days for all staff.");
  CHECK(r.value().returns[0].text == "Collegiate and committed approach");
  REQUIRE(r.value().warnings.size() == 1);
  CHECK(r.value().warnings[0] ==
        "sample.txt:5: warning: collaborative 'Romney Marsh Learning Partnership' is not in the register; its columns "
        "were read by layout and cues");
}

TEST_CASE("a line that begins with a district inside an answer stays in it", "[appendix]") {
  const auto r = ReadText(std::string(kHeaderQ3) +
                          "Dover Samphire Hub n/a o Heads met with colleagues from across the county, and with the heads of\n"
                          "Dover Partnership schools, to share practice.\n"
                          "Dover schools have joined our writing project.\n"
                          "Canterbury Christ Church University has supported the action research.\n");
  REQUIRE(r.ok());
  REQUIRE(r.value().returns.size() == 1);
  const auto& comments = r.value().returns[0].comments;
  REQUIRE(comments.size() == 3);
  // Proven: the line above ran on into it; a word in lower case follows the district.
  CHECK(comments[0].text ==
        "Heads met with colleagues from across the county, and with the heads of Dover Partnership schools, to share practice.");
  CHECK(comments[1].text == "Dover schools have joined our writing project.");
  // Not proven, but it reads as a sentence: kept, and said so.
  CHECK(comments[2].text == "Canterbury Christ Church University has supported the action research.");
  REQUIRE(r.value().warnings.size() == 1);
  CHECK(r.value().warnings[0] ==
        "sample.txt:7: warning: line begins with the district 'Canterbury' but reads as a sentence; kept in the answer "
        "of the row above: Canterbury Christ Church University has supported the action research.");
}

// pdftotext's default output of a browser's table: each cell a block, the
// header's cells too, and the header again after a page break.
TEST_CASE("a header set over several lines and repeated at a page break", "[appendix]") {
  const char* header = "District\n\nCollaborative\n\nLead School(s)\n\nStrengths so far as a collaborative:\n\n";
  const auto r = ReadText(std::string(header) + "Ashford\n\nAshford Rural Partnership\n\nSmarden Primary\n\n"
                          "Shared training days.\n\f" + header + "Joint moderation.\n\nDover\n\nSamphire Hub\n\nn/a\n\nCollegiate.\n");
  REQUIRE(r.ok());
  REQUIRE(r.value().returns.size() == 2);
  const Return& ashford = r.value().returns[0];
  CHECK(ashford.question == 3);
  // A row holding only its district takes the next line, district name and all, as its collaborative.
  CHECK(ashford.collaborative == "Ashford Rural Partnership");
  CHECK(ashford.lead_schools == std::vector<std::string>{"Smarden Primary"});
  CHECK(ashford.text == "Shared training days.\nJoint moderation.");
  CHECK(r.value().returns[1].collaborative == "Samphire Hub");
}

// As `returns appendix` writes them: a "Comments" column, the question in the title above each table.
TEST_CASE("tables titled by their question read each its own question", "[appendix]") {
  const char* header = "District Collaborative Lead school(s) Comments\n";
  const auto r = ReadText(std::string("Appendix: all comments\n2 comments from 2 returns of 2 collaboratives.\n"
                                      "Question 2: What progress do you feel you have made against your\npriorities?\n") +
                          header + "Dover Samphire Hub \u201CModeration of writing.\u201D\n"
                          "Question 3: Strengths so far as a collaborative?\n" + header +
                          "Thanet M7 Partnership Minster Primary PROGRESS: \u201CTrust between\nthe heads.\u201D\n");
  REQUIRE(r.ok());
  REQUIRE(r.value().returns.size() == 2);
  CHECK(r.value().returns[0].question == 2);
  CHECK(r.value().returns[0].text == "Moderation of writing.");
  CHECK(r.value().returns[1].question == 3);
  REQUIRE(r.value().returns[1].comments.size() == 1);
  CHECK(*r.value().returns[1].comments[0].heading == "PROGRESS:");
  CHECK(r.value().returns[1].comments[0].text == "Trust between the heads.");
  CHECK(r.value().warnings.empty());
}
