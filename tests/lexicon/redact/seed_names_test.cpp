// Redaction on the bundled corpus against two lists made by hand from its
// seeds (tests/data/redaction/, README there): every personal name is
// redacted, and no school, collaborative, district or programme name is.
// Reads the system's English word list (Debian wbritish; scripts/install-deps).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "corpus/register/register.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/redact/redact_record.h"
#include "lexicon/redact/redaction_setup.h"
#include "tests/corpus/bundled_records.h"

namespace returns {
namespace {

std::vector<std::string> List(const std::string& name) {
  Result<std::vector<std::string>> list =
      ReadNameList(std::string(RETURNS_SOURCE_DIR) + "/tests/data/redaction/" + name);
  REQUIRE(list.ok());
  return list.value();
}

// White space as one space: a name may wrap over a line ("Quality First\nTeaching").
std::string OneSpace(const std::string& text) {
  std::string out;
  for (char ch : text) {
    const bool white = ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t';
    if (white && !out.empty() && out.back() == ' ') continue;
    out += white ? ' ' : ch;
  }
  return out;
}

size_t Occurrences(const std::string& text, const std::string& words) {
  size_t n = 0;
  for (size_t at = text.find(words); at != std::string::npos; at = text.find(words, at + words.size())) ++n;
  return n;
}

TEST_CASE("redaction on the bundled corpus: every listed name out, every listed body kept", "[redact][corpus]") {
  const std::vector<CommentRecord> records = test::BundledRecords();
  Result<Register> reg = Register::Load(Register::DefaultPath());
  REQUIRE(reg.ok());
  Result<Lexicon> lexicon = LoadLexicon(std::string(RETURNS_SOURCE_DIR) + "/lexicon/themes.yaml");
  REQUIRE(lexicon.ok());
  Result<Redactor> redactor = BuildRedactor(reg.value(), lexicon.value(), RedactSettings{});
  REQUIRE(redactor.ok());
  const std::vector<std::string> names = List("names.txt"), keep = List("keep.txt");
  REQUIRE(names.size() >= 10);
  REQUIRE(keep.size() >= 50);

  std::string before, after, found;
  for (const CommentRecord& c : records) {
    CommentRecord r = c;
    for (const Redaction& x : RedactRecord(r, redactor.value())) found += x.words + "\n";
    before += OneSpace(c.heading.value_or("") + "\n" + c.text) + "\n";
    after += OneSpace(r.heading.value_or("") + "\n" + r.text) + "\n";
  }
  // Each list entry stands in the corpus, so the checks below check something.
  for (const std::string& n : names) {
    INFO(n);
    CHECK(Occurrences(before, n) > 0);
    CHECK(Occurrences(after, n) == 0);
  }
  for (const std::string& k : keep) {
    INFO(k);
    CHECK(Occurrences(before, k) > 0);
    CHECK(Occurrences(after, k) == Occurrences(before, k));
  }
  // What was redacted beyond the listed names, for the record (README "Redaction").
  size_t listed = 0, other = 0;
  std::istringstream lines(found);
  for (std::string line; std::getline(lines, line);) {
    bool is_name = false;
    for (const std::string& n : names) is_name = is_name || line.find(n) != std::string::npos;
    (is_name ? listed : other) += 1;
  }
  WARN("redactions: " << listed << " of listed names, " << other << " other:\n" << found);
}

}  // namespace
}  // namespace returns
