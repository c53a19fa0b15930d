// The redaction rule (lexicon/redact/redactor.h) as a golden table, over a
// small word list written here, so the rows hold whatever the system's list.
#include <catch2/catch.hpp>

#include "lexicon/redact/redact_record.h"
#include "lexicon/redact/redactor.h"

namespace returns {
namespace {

// Common words in lower case; proper nouns capitalised; some both.
const char* kWords =
    "training\ndelivered\nled\nby\nthe\nfrom\nwith\nand\nsmith\nSmith\ncox\nCox\nbill\nBill\npenny\nPenny\nnick\nNick\n"
    "hind\nbunny\nVeronica\nJackie\nBruce\nPotts\nLaura\nStella\nGary\nEdwards\nKent\nagreed\nsyllabus\nsubject\n"
    "leadership\nnew\nstandards\nlocal\nauthority\nheadteachers\nHythe\nbay\nMary\nJohn\nWallis\nwest\nWest\n"
    "east\nEast\nin\nIn\nJuly\nmaris\nMaris\nGreen\ngreen\ncage\nCage\nsenior\nSenior\nleaders\nHugh\nChristie\nwill\nWill\nassertive\nmentoring\nsue\nSue\n";

Redactor Make(std::vector<std::string> keep = {}, std::vector<std::string> redact = {},
              RedactStyle style = RedactStyle::kName) {
  RedactorOptions o;
  o.keep = std::move(keep);
  o.keep.insert(o.keep.end(), {"Stella Maris", "Hugh Christie", "Assertive Mentoring"});
  o.redact = std::move(redact);
  o.places = {"Hythe", "West"};
  o.style = style;
  Result<Redactor> r = Redactor::Compile(o, EnglishWords::FromText(kWords));
  REQUIRE(r.ok());
  return r.value();
}

struct Row {
  const char* text;
  const char* redacted;
  const char* rules;  // the rules of the redactions, in order, joined by ','
};

TEST_CASE("the redaction rule: a golden table", "[redact]") {
  const Row rows[] = {
      // Cues: "delivered by", "led by", a title, "Training –", next to a name.
      {"Subject Leadership Training – Delivered by Jackie Cox/Veronica Smith – All schools",
       "Subject Leadership Training – Delivered by [name]/[name] – All schools", "delivered by,given name"},
      {"Delivered by Jackie Cox & Abe Smith", "Delivered by [name] & [name]", "delivered by,next to a name"},
      {"Cox/Abe Dinsdale spoke", "Cox/Abe Dinsdale spoke", ""},
      {"SPAG training delivered by Penny Bill – all schools", "SPAG training delivered by [name] – all schools",
       "delivered by"},
      {"sessions to be led by Nick Hind.", "sessions to be led by [name].", "led by"},
      {"a meeting with Mrs Smith and Dr. Cox", "a meeting with Mrs [name] and Dr. [name]", "title,title"},
      {"o Bruce Potts Training – At least two", "o [name] Training – At least two", "Training –"},
      {"Abe Dinsdale training – see notes", "[name] training – see notes", "Training –"},
      // A given name and a surname.
      {"The training from Stella Byrne, led to", "The training from [name], led to", "given name"},
      {"work further with Laura Bunny to work", "work further with [name] to work", "given name"},
      {"support from Gary Edwards and the LA", "support from [name] and the LA", "given name"},
      // Not names: common words only after a cue, titles of things, kept names.
      {"training delivered by Local Authority advisers", "training delivered by Local Authority advisers", ""},
      {"support from the Kent Agreed Syllabus", "support from the Kent Agreed Syllabus", ""},
      {"guidance led by Headteachers", "guidance led by Headteachers", ""},
      {"Stella Maris and Hugh Christie joined", "Stella Maris and Hugh Christie joined", ""},
      {"links with John Wallis Academy", "links with John Wallis Academy", ""},
      {"work at St Mary Green", "work at St Mary Green", ""},
      {"Hythe Bay has moved", "Hythe Bay has moved", ""},
      {"Chart, East Stour and", "Chart, East Stour and", ""},
      {"3.1 In July the forum", "3.1 In July the forum", ""},
      {"Penny Bill said", "Penny Bill said", ""},  // a common word opening the sentence: no cue, no name
      {"Bill Smith said", "Bill Smith said", ""},
      {"notes from Bill Smith today", "notes from Bill Smith today", ""},  // both also common words
      {"notes from Nick Dinsdale today", "notes from [name] today", "given name"},
      {"training for Senior Leaders and Cage Green", "training for Senior Leaders and Cage Green", ""},
      {"SUE DINSDALE visited", "SUE DINSDALE visited", ""},  // capitals: not found (README says so)
      {"Potts said so", "Potts said so", ""},                 // a surname alone: not found
      {"Assertive Mentoring training – it", "Assertive Mentoring training – it", ""},
      // Possessives stay outside the name; non-ASCII names.
      {"Veronica Smith’s notes", "[name]’s notes", "given name"},
      {"delivered by Zoë Ångström today", "delivered by [name] today", "delivered by"},
  };
  const Redactor r = Make();
  for (const Row& row : rows) {
    INFO(row.text);
    const Redacted out = r.Redact(row.text);
    CHECK(out.text == row.redacted);
    std::string rules;
    for (const Redaction& x : out.redactions) rules += (rules.empty() ? "" : ",") + x.rule;
    CHECK(rules == row.rules);
    for (const Redaction& x : out.redactions) {
      CHECK(std::string(row.text).substr(x.start, x.end - x.start) == x.words);
    }
  }
}

TEST_CASE("the user's lists: names always redacted, words never", "[redact]") {
  const Redactor r = Make({"Gary Edwards"}, {"Potts", "Sue"});
  CHECK(r.Redact("Potts said so; Sue came").text == "[name] said so; [name] came");
  CHECK(r.Redact("Potts said so").redactions.at(0).rule == "redact list");
  CHECK(r.Redact("support from Gary Edwards and the LA").redactions.empty());
  // A name to redact wins inside a name to keep.
  const Redactor inside = Make({}, {"Hugh"});
  CHECK(inside.Redact("Hugh Christie joined").text == "[name] Christie joined");
  REQUIRE_FALSE(Redactor::Compile(RedactorOptions{RedactStyle::kName, {"–"}, {}, {}}, EnglishWords()).ok());
}

TEST_CASE("initials instead of [name]", "[redact]") {
  const Redactor r = Make({}, {}, RedactStyle::kInitials);
  CHECK(r.Redact("Delivered by Jackie Cox/Veronica Smith").text == "Delivered by J.C./V.S.");
  CHECK(r.Redact("delivered by Zoë Ångström").text == "delivered by Z.Å.");
}

TEST_CASE("a redacted record's theme matches still cut their words", "[redact]") {
  const Redactor r = Make();
  CommentRecord c;
  c.text = "Training delivered by Jackie Cox on moderation, with Veronica Smith.";
  c.heading = "Notes from Veronica Smith today";
  Tagging t;
  const size_t at = c.text.find("moderation");
  t.matches.push_back({"moderation", "word:moderat*", at, at + 10, "moderation", false});
  t.matches.push_back({"x", "pattern:.", 0, c.text.size(), c.text, false});  // spans both names
  c.tags = t;
  const std::vector<Redaction> done = RedactRecord(c, r);
  REQUIRE(done.size() == 2);
  CHECK(c.text == "Training delivered by [name] on moderation, with [name].");
  CHECK(*c.heading == "Notes from [name] today");
  const ThemeMatch& m = c.tags->matches[0];
  CHECK(c.text.substr(m.start, m.end - m.start) == "moderation");
  CHECK(m.text == "moderation");
  CHECK(c.tags->matches[1].text == c.text);
  // An offset inside a redaction moves to its replacement's start or end.
  CHECK(MoveOffset(done[0].start + 2, done, false) == done[0].start);
  CHECK(MoveOffset(done[0].start + 2, done, true) == done[0].start + 6);
}

TEST_CASE("the context of a redaction: one line, cut at characters", "[redact]") {
  const std::string text = "Priority 1\nTraining – Delivered by Jackie Cox/Veronica Smith – All schools £ developing subject";
  const size_t at = text.find("Jackie");
  const std::string ctx = RedactionContext(text, at, at + 10, 20);
  CHECK(ctx.find('\n') == std::string::npos);
  CHECK(ctx.find("Jackie Cox") != std::string::npos);
  CHECK(ctx.rfind("…", 0) == 0);
  CHECK(RedactionContext("Jackie Cox", 0, 10) == "Jackie Cox");
}

TEST_CASE("the word list: common, proper, both, unknown", "[redact]") {
  const EnglishWords w = EnglishWords::FromText(kWords);
  CHECK(w.Kind("Smith").common);
  CHECK(w.Kind("Smith").proper);
  CHECK(w.Kind("Veronica").proper);
  CHECK_FALSE(w.Kind("Veronica").common);
  CHECK(w.Kind("Training").common_only());
  CHECK_FALSE(w.Kind("Dinsdale").known());
  CHECK(w.Kind("Smith’s").proper);
  CHECK_FALSE(EnglishWords::Load("/nonexistent/words").ok());
}

}  // namespace
}  // namespace returns
