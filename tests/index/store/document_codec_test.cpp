#include "index/store/document_codec.h"

#include <catch2/catch.hpp>
#include <xapian.h>

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/codec/comment_json.h"
#include "index/store/facet_value.h"
#include "index/store/schema.h"
#include "tests/corpus/bundled_records.h"

namespace {

using returns::CommentRecord;
using returns::Field;
using returns::Status;

Xapian::Document Encode(const CommentRecord& c) {
  returns::TextTerms text_terms;
  return returns::EncodeComment(c, text_terms);
}

std::string Line(const CommentRecord& r) {
  std::string out;
  returns::AppendCommentJsonLine(r, out);
  return out;
}

// The boolean terms: ids and filters, prefixed with a capital (text terms
// are lower case, stemmed ones 'Z'-prefixed).
std::set<std::string> FilterTerms(const Xapian::Document& doc) {
  std::set<std::string> out;
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string term = *it;
    if (term[0] == 'Q' || term[0] == 'X') out.insert(term);
  }
  return out;
}

Xapian::termcount Positions(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term ? it.positionlist_count() : 0;
}

bool HasTerm(const Xapian::Document& doc, const std::string& term) {
  auto it = doc.termlist_begin();
  it.skip_to(term);
  return it != doc.termlist_end() && *it == term;
}

// Every field, canonical names differing from those written, non-ASCII
// text, attributes and tags with a pending match.
CommentRecord FullRecord() {
  CommentRecord r;
  r.id = "rec-7";
  r.return_id = "q2/samphire-hub/hoath-primary";
  r.comment_id = "q2/samphire-hub/hoath-primary#3";
  r.district = "Tonbridge & Malling";
  r.collaborative = "Samphire Hub (Dover)";
  r.collaborative_canonical = "Samphire Hub";
  r.lead_schools = {"Hoath Primary", "St Mary\xE2\x80\x99s C of E"};
  r.lead_schools_canonical = {"Hoath Primary School", "St Mary's Church of England Primary"};
  r.question = 2;
  r.round = "2013-03";
  r.position = 3;
  r.heading = "Priority 1: moderation";
  r.text = "Caf\xC3\xA9-style moderation \xE2\x80\x94 \xE2\x80\x9C" "agreed judgements\xE2\x80\x9D cost \xC2\xA3" "125; "
           "learning walks are not yet booked. \xE6\x97\xA5\xE6\x9C\xAC";
  r.start = 120;
  r.end = 230;
  r.source = "corpus/kent-2013/q2-progress.txt";
  r.line = 42;
  r.return_line = 37;
  r.attributes = {{"school_type", "\"primary\""}, {"scores", "[1,2.5,{\"a\":null}]"}};
  returns::Tagging t;
  t.matches = {{"moderation", "word:moderat*", 12, 22, "moderation", false},
               {"learning_walks", "phrase:learning walks", 60, 74, "learning walks", true}};
  t.themes = {"learning_walks", "moderation"};
  t.pending = {"learning_walks"};
  r.tags = t;
  r.present = returns::kReturnFields;
  r.set(Field::kId);
  return r;
}

}  // namespace

TEST_CASE("a fully populated record comes back from its document as it went in", "[index][codec]") {
  const CommentRecord r = FullRecord();
  const Xapian::Document doc = Encode(r);
  const auto back = returns::DecodeComment(doc);
  REQUIRE(back.ok());
  const CommentRecord& b = back.value();
  CHECK(Line(b) == Line(r));
  CHECK(b.present == r.present);
  CHECK(b.text == r.text);
  CHECK(b.heading == r.heading);
  CHECK(b.collaborative_canonical == r.collaborative_canonical);
  CHECK(b.lead_schools_canonical == r.lead_schools_canonical);
  CHECK(b.attributes == r.attributes);
  REQUIRE(b.tags);
  REQUIRE(b.tags->matches.size() == 2);
  CHECK(b.tags->matches[1].pending);
  CHECK(b.tags->matches[1].rule == "phrase:learning walks");
  CHECK(b.tags->pending == r.tags->pending);
  CHECK(b.tags->matches[0].text == "moderation");
  // The data: the codec's record without its tags, NUL, the tags packed.
  returns::CommentJsonOptions untagged;
  untagged.tags = false;
  std::string json;
  returns::JsonWriter w(json);
  returns::WriteCommentJson(r, w, untagged);
  const std::string data = doc.get_data();
  REQUIRE(data.size() > json.size());
  CHECK(data.compare(0, json.size() + 1, json + '\0') == 0);
  // Each match takes a few bytes, not a JSON object: the tags under half their JSON.
  const size_t json_tags = Line(r).size() - json.size();
  CHECK(data.size() - json.size() < json_tags / 2);
}

TEST_CASE("a match whose text is not its span of the comment keeps its text", "[index][codec]") {
  CommentRecord r = FullRecord();
  r.tags->matches.push_back({"moderation", "word:moderat*", 500, 510, "moderated", false});  // past the text
  r.tags->matches.push_back({"moderation", "word:moderat*", 0, 4, "nothing like it", false});
  const auto back = returns::DecodeComment(Encode(r));
  REQUIRE(back.ok());
  CHECK(Line(back.value()) == Line(r));
}

TEST_CASE("document data of schema 4, the record as JSON, is read (for reindex)", "[index][codec]") {
  const CommentRecord r = FullRecord();
  Xapian::Document doc;
  std::string line = Line(r);
  line.pop_back();
  doc.set_data(line);
  const auto back = returns::DecodeComment(doc);
  REQUIRE(back.ok());
  CHECK(Line(back.value()) == Line(r));
}

TEST_CASE("packed tags cut short or pointing past their table are Corruption", "[index][codec]") {
  const std::string data = Encode(FullRecord()).get_data();
  const size_t nul = data.find('\0');
  for (size_t cut = nul + 1; cut < data.size(); cut += 3) {
    INFO(cut);
    Xapian::Document doc;
    doc.set_data(data.substr(0, cut));
    const auto c = returns::DecodeComment(doc);
    CHECK_FALSE(c.ok());
  }
  Xapian::Document doc;
  doc.set_data(data.substr(0, nul + 1) + "\x01\x01x\x01\x05");  // theme 5 of a table of 1
  CHECK_FALSE(returns::DecodeComment(doc).ok());
}

TEST_CASE("a comment's boolean terms: id, return, source, themes, pending and filters", "[index][codec]") {
  const CommentRecord r = FullRecord();
  const Xapian::Document doc = Encode(r);
  CHECK(returns::IdTerm(r) == "Q2013-03/q2/samphire-hub/hoath-primary#3");
  CHECK(returns::ReturnTerm(r) == "XE2013-03-q2-samphire-hub-hoath-primary");
  CHECK(FilterTerms(doc) == std::set<std::string>{
                                "Q2013-03/q2/samphire-hub/hoath-primary#3",
                                "XE2013-03-q2-samphire-hub-hoath-primary",
                                "XTlearning-walks",
                                "XTmoderation",
                                "XPlearning-walks",
                                "XDtonbridge-malling",
                                "XCsamphire-hub",  // the canonical name, not "Samphire Hub (Dover)"
                                "XLhoath-primary-school",
                                "XLst-marys-church-of-england-primary",
                                "XQ2",
                                "XR2013-03",
                                std::string("XS2013-03\x1f") + "corpus/kent-2013/q2-progress.txt",  // round and file
                                "XAschool_type=primary",                   // a JSON string: its text
                                "XAscores=[1,2.5,{\"a\":null}]",           // other JSON: as written
                            });
  // The text is indexed stemmed, with positions (phrases match inflections);
  // the words as written are not terms (schema 9: the vocabulary serves wildcards).
  CHECK(HasTerm(doc, "Zmoder"));
  CHECK(HasTerm(doc, "Zcaf\xC3\xA9"));
  CHECK(Positions(doc, "Zmoder") > 0);
  CHECK_FALSE(HasTerm(doc, "moderation"));
  CHECK_FALSE(HasTerm(doc, "caf\xC3\xA9"));
  for (auto it = doc.termlist_begin(); it != doc.termlist_end(); ++it) {
    const std::string term = *it;
    CHECK((term[0] == 'Z' || term[0] == 'Q' || term[0] == 'X'));
  }
  // Two values: the facets packed, and the order.
  returns::FacetFields f;
  const std::string packed = doc.get_value(returns::schema::kFacetsSlot);
  REQUIRE(returns::UnpackFacets(packed, f));
  CHECK(f.district == "Tonbridge & Malling");
  CHECK(f.collaborative == "Samphire Hub");
  CHECK(f.question == "2");
  CHECK(f.round == "2013-03");
  CHECK(f.themes == std::vector<std::string_view>{"learning_walks", "moderation"});
  CHECK(f.pending == std::vector<std::string_view>{"learning_walks"});
  auto slots = doc.values_begin();
  std::vector<Xapian::valueno> used;
  for (; slots != doc.values_end(); ++slots) used.push_back(slots.get_valueno());
  CHECK(used == std::vector<Xapian::valueno>{returns::schema::kOrderSlot, returns::schema::kFacetsSlot});
  CHECK(doc.get_value(returns::schema::kOrderSlot) ==
        "Tonbridge & Malling\x1fSamphire Hub\x1fq2/samphire-hub/hoath-primary\x1f" "00000003");
}

TEST_CASE("a record without canonical names files under its names as written", "[index][codec]") {
  CommentRecord r = FullRecord();
  SECTION("no canonical names at all") {
    r.collaborative_canonical.reset();
    r.lead_schools_canonical.clear();
  }
  SECTION("a canonical name present but empty") {
    r.collaborative_canonical = "";
    r.lead_schools_canonical.clear();
  }
  const Xapian::Document doc = Encode(r);
  const std::set<std::string> terms = FilterTerms(doc);
  CHECK(terms.count("XCsamphire-hub-dover") == 1);
  CHECK(terms.count("XCsamphire-hub") == 0);
  CHECK(terms.count("XLhoath-primary") == 1);
  CHECK(terms.count("XLst-marys-c-of-e") == 1);
  CHECK(terms.count("XLhoath-primary-school") == 0);
  returns::FacetFields f;
  const std::string packed = doc.get_value(returns::schema::kFacetsSlot);
  REQUIRE(returns::UnpackFacets(packed, f));
  CHECK(f.collaborative == "Samphire Hub (Dover)");
  const auto back = returns::DecodeComment(doc);
  REQUIRE(back.ok());
  CHECK(Line(back.value()) == Line(r));
}

TEST_CASE("a plain record files under its id, with no empty filters, and under no theme", "[index][codec]") {
  CommentRecord r;
  r.id = "notes.jsonl:4";
  r.text = "Joint moderation";
  r.set(Field::kId);
  r.set(Field::kText);
  const Xapian::Document doc = Encode(r);
  // XTnone: a comment with no theme (theme:none).
  CHECK(FilterTerms(doc) == std::set<std::string>{"Q/notes.jsonl:4", "XEnotes-jsonl-4", "XTnone"});
  const auto back = returns::DecodeComment(doc);
  REQUIRE(back.ok());
  CHECK(back.value().id == "notes.jsonl:4");
  CHECK(back.value().present == r.present);
  // Indexed untagged, read back as tagged with nothing.
  REQUIRE(back.value().tags);
  CHECK(back.value().tags->themes.empty());
}

TEST_CASE("a document whose data is not a comment record is Corruption", "[index][codec]") {
  for (const char* data : {"", "not json", "[1,2]", "{\"id\":\"x\"}", "{\"text\":\"caf\xE9\"}"}) {
    INFO(data);
    Xapian::Document doc;
    doc.set_data(data);
    const auto c = returns::DecodeComment(doc);
    REQUIRE_FALSE(c.ok());
    CHECK(c.status().code() == Status::Code::kCorruption);
    CHECK(c.status().message().find("holds no comment data") != std::string::npos);
  }
}

// Regression: a record whose collaborative or id was over ~240 bytes made
// Xapian throw "Term too long" and the whole index run failed.
TEST_CASE("regression: a field too long for a Xapian term is named before encoding", "[index][codec]") {
  returns::CommentRecord r;
  r.id = "q2/a/b#1";
  r.text = "Joint moderation";
  r.district = "Dover";
  r.collaborative = "Samphire Hub";
  CHECK(returns::TermProblem(r).empty());
  r.collaborative = std::string(300, 'c');
  CHECK(returns::TermProblem(r) == "collaborative: 300 bytes, more than the index takes");
  r.collaborative = "Samphire Hub";
  r.id = std::string(250, 'i');
  CHECK(returns::TermProblem(r).rfind("id: 250 bytes", 0) == 0);
  // The limit is on the whole term: a round and an id that each fit can together not.
  r.id = std::string(150, 'i');
  r.round = std::string(120, 'r');
  CHECK_FALSE(returns::TermProblem(r).empty());
  r.round = "2014-03";
  CHECK(returns::TermProblem(r).empty());
  // Whatever TermProblem lets through encodes without an exception.
  returns::TextTerms text_terms;
  r.lead_schools = {std::string(200, 'l')};
  CHECK(returns::TermProblem(r).empty());
  CHECK_NOTHROW(returns::EncodeComment(r, text_terms));
}

TEST_CASE("attribute terms: the name's key, '=' and the value's key, or a hash when too long", "[index][codec][attributes]") {
  struct Row {
    std::string name, value, term;
  };
  const std::vector<Row> golden = {
      {"email", "jo@school.org", "XAemail=jo@school.org"},
      {"Email", "Jo@School.ORG", "XAemail=jo@school.org"},                  // any case
      {"respondent", "  Jo   Smith ", "XArespondent=jo smith"},             // white space collapsed
      {"Start time", "10/03/2014 09:05", "XAstart_time=10/03/2014 09:05"},  // the name as a key
      {"start_time", "10/03/2014 09:05", "XAstart_time=10/03/2014 09:05"},
      {"START-TIME", "10/03/2014 09:05", "XAstart_time=10/03/2014 09:05"},
      {"respondent", "Zo\xC3\xAB", "XArespondent=zo\xC3\xAB"},                   // NFC "Zoë", kept
      {"respondent", "Zoe\xCC\x88", "XArespondent=zo\xC3\xAB"},                 // "Zoë" decomposed: the same
      {"respondent", "Zoe", "XArespondent=zoe"},                                // not the same: exact
      {"email", "jo.b@x.org", "XAemail=jo.b@x.org"},                            // punctuation kept
      {"?", "x", "XA_=x"},                                                      // a name of nothing but punctuation
      {"email", "#abc", "XAemail=#abc"},                                        // '=' then the value, whatever it is
  };
  for (const Row& row : golden) {
    INFO(row.name << " = " << row.value);
    CHECK(returns::AttributeTerm(row.name, row.value) == row.term);
  }
  // A value too long for a term: '#' and a hash, the same for the same value in any case, another for another.
  const std::string long_value(300, 'v');
  const std::string hashed = returns::AttributeTerm("comments", long_value);
  CHECK(hashed.size() == std::string("XAcomments#").size() + 16);
  CHECK(hashed.rfind("XAcomments#", 0) == 0);
  std::string upper = long_value;
  upper[0] = 'V';
  CHECK(returns::AttributeTerm("Comments", upper) == hashed);
  CHECK(returns::AttributeTerm("comments", long_value + "w") != hashed);
  // The longest value that fits is kept whole; one byte more is hashed.
  const std::string fits(returns::kMaxTermBytes - std::string("XAcomments=").size(), 'v');
  CHECK(returns::AttributeTerm("comments", fits) == "XAcomments=" + fits);
  CHECK(returns::AttributeTerm("comments", fits + "v").size() < 40);
  // A name too long is hashed too, and the term still fits.
  const std::string term = returns::AttributeTerm(std::string(400, 'n'), long_value);
  CHECK(term.size() <= returns::kMaxTermBytes);
  CHECK(term.rfind("XA#", 0) == 0);
  // A record with such attributes encodes; each attribute has its term.
  CommentRecord r;
  r.id = "a";
  r.text = "Joint moderation";
  r.set(Field::kId);
  r.set(Field::kText);
  r.attributes = {{"comments", "\"" + long_value + "\""}, {std::string(400, 'n'), "\"" + long_value + "\""},
                  {"email", "\"Jo@School.org\""}};
  CHECK(returns::TermProblem(r).empty());
  const std::set<std::string> terms = FilterTerms(Encode(r));
  CHECK(terms.count(hashed) == 1);
  CHECK(terms.count(term) == 1);
  CHECK(terms.count("XAemail=jo@school.org") == 1);
}

TEST_CASE("the words noted while indexing are the words as written Xapian makes, on every bundled comment", "[index][codec]") {
  // Until schema 9 the words as written were terms, from a second
  // TermGenerator pass (STEM_NONE). The stemmer now notes them in the one
  // pass: the same set of words, comment by comment, for the vocabulary.
  Xapian::TermGenerator as_written;
  as_written.set_stemming_strategy(Xapian::TermGenerator::STEM_NONE);
  returns::TextTerms text_terms;
  size_t comments = 0, words = 0;
  for (const CommentRecord& r : returns::test::BundledRecords("2013-03")) {
    Xapian::Document plain, stemmed;
    as_written.set_document(plain);
    as_written.index_text_without_positions(r.text);
    std::set<std::string> expected;
    for (auto it = plain.termlist_begin(); it != plain.termlist_end(); ++it) expected.insert(*it);
    text_terms.Index(r.text, stemmed);
    std::vector<std::string> noted;
    text_terms.TakeWords(noted);
    INFO(r.text);
    CHECK(std::set<std::string>(noted.begin(), noted.end()) == expected);
    ++comments;
    words += expected.size();
  }
  CHECK(comments > 400);
  CHECK(words > 5000);
  // Taken words are gone: the next call gives only what was noted since.
  std::vector<std::string> none;
  text_terms.TakeWords(none);
  CHECK(none.empty());
  Xapian::Document doc;
  text_terms.Index("Zoë's café", doc);
  text_terms.TakeWords(none);
  CHECK(std::set<std::string>(none.begin(), none.end()) == std::set<std::string>{"zoë's", "café"});
}
