// What the REFI-QDA tests share: tagged records of the bundled corpus or of
// given texts, and a project read back from its zip.
#pragma once

#include <catch2/catch.hpp>
#include <pugixml.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "corpus/base/zip_archive.h"
#include "corpus/intake/record_source.h"
#include "corpus/register/register.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/matcher/matcher.h"

namespace returns::testing {

inline Lexicon DefaultLexicon() {
  Result<Lexicon> lex = LoadLexicon(std::string(RETURNS_SOURCE_DIR) + "/lexicon/themes.yaml");
  REQUIRE(lex.ok());
  return lex.value();
}

// The bundled corpus, read and tagged with `lexicon`, as round 2013-03.
inline std::vector<CommentRecord> TaggedCorpus(const Lexicon& lexicon) {
  Result<Register> reg = Register::Load(Register::DefaultPath());
  REQUIRE(reg.ok());
  Result<Matcher> matcher = Matcher::Compile(lexicon);
  REQUIRE(matcher.ok());
  Result<std::unique_ptr<RecordSource>> source =
      RecordSource::Open({std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013"}, reg.value(), SourceOptions{});
  REQUIRE(source.ok());
  std::vector<CommentRecord> out, batch;
  while (source.value()->Next(batch, 1000)) {
    for (CommentRecord& c : batch) {
      c.round = "2013-03";
      c.tags = matcher.value().Tag(c.text, c.question);
      out.push_back(std::move(c));
    }
  }
  REQUIRE(source.value()->status().ok());
  REQUIRE(out.size() > 50);
  return out;
}

// Byte offset of each code point of `s`, then s.size().
inline std::vector<size_t> CodePointStarts(const std::string& s) {
  std::vector<size_t> at;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) at.push_back(i);
  }
  at.push_back(s.size());
  return at;
}

// A .qdpx read back: the XML and each source's text by the source's GUID.
struct ReadBack {
  pugi::xml_document doc;
  std::map<std::string, std::string> texts;
};

inline std::unique_ptr<ReadBack> ReadQdpx(const std::string& bytes) {
  auto out = std::make_unique<ReadBack>();
  Result<ZipArchive> zip = ZipArchive::Open(bytes, "test.qdpx");
  REQUIRE(zip.ok());
  Result<std::string> qde = zip.value().Read("project.qde");
  REQUIRE(qde.ok());
  REQUIRE(out->doc.load_buffer(qde.value().data(), qde.value().size()));
  for (pugi::xml_node s : out->doc.child("Project").child("Sources").children("TextSource")) {
    const std::string path = s.attribute("plainTextPath").as_string();
    REQUIRE(path.rfind("internal://", 0) == 0);
    Result<std::string> text = zip.value().Read("sources/" + path.substr(11));
    REQUIRE(text.ok());
    out->texts[s.attribute("guid").as_string()] = text.value();
  }
  return out;
}

}  // namespace returns::testing
