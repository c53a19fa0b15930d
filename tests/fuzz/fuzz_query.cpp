// Fuzz target: a search as an officer could type it. The first byte says
// where the rest goes — the query box, or the district, collaborative, theme
// or round filter — and the search runs on the bundled corpus, indexed once
// per process in a temporary folder. A search may refuse its input with a
// Status, never crash or hang, and what it answers must hold together: no
// more hits than asked for, a total that counts them, every facet count
// within the total, highlights inside the comment on character boundaries,
// sorted and apart, and the same total with and without facets.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <stdlib.h>  // mkdtemp
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "corpus/base/utf8.h"
#include "corpus/intake/record_source.h"
#include "corpus/register/register.h"
#include "index/query/search.h"
#include "index/store/index_reader.h"
#include "index/store/index_writer.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "lexicon/matcher/matcher.h"

namespace {

// The fuzzer reports an abort as a crash, with the input; the line says which property broke.
#define CHECK(condition)                                                                  \
  do {                                                                                    \
    if (!(condition)) {                                                                   \
      std::fprintf(stderr, "fuzz_query.cpp:%d: %s does not hold\n", __LINE__, #condition); \
      std::abort();                                                                       \
    }                                                                                     \
  } while (false)

const returns::Register& TheRegister() {
  static const returns::Register reg = returns::Register::Load(returns::Register::DefaultPath()).value();
  return reg;
}

// The bundled corpus, tagged with the default lexicon and indexed into a
// folder removed when the process ends.
class Corpus {
 public:
  Corpus() : dir_(MakeDir()), index_(Build(dir_)) {}
  ~Corpus() {
    std::error_code ignored;
    std::filesystem::remove_all(dir_, ignored);
  }
  Corpus(const Corpus&) = delete;
  Corpus& operator=(const Corpus&) = delete;
  const returns::IndexReader& index() const { return index_; }

 private:
  static std::filesystem::path MakeDir() {
    std::string pattern = (std::filesystem::temp_directory_path() / "fuzz-query-XXXXXX").string();
    CHECK(mkdtemp(pattern.data()) != nullptr);
    return pattern;
  }
  static returns::IndexReader Build(const std::filesystem::path& dir) {
    const returns::Matcher matcher =
        returns::Matcher::Compile(returns::LoadLexicon(returns::DefaultLexiconPath()).value()).value();
    returns::IndexWriterOptions options;
    options.lexicon_name = matcher.name();
    options.lexicon_version = matcher.version();
    auto writer = returns::IndexWriter::Open(dir.string(), options);
    CHECK(writer.ok());
    returns::SourceOptions source_options;
    source_options.intake.round = "2013-03";
    auto source =
        returns::RecordSource::Open({std::string(RETURNS_SOURCE_DIR) + "/corpus/kent-2013"}, TheRegister(), source_options);
    CHECK(source.ok());
    std::vector<returns::CommentRecord> batch;
    while (source.value()->Next(batch, 256)) {
      for (returns::CommentRecord& r : batch) {
        r.tags = matcher.Tag(r.text, r.question);
        CHECK(writer.value()->Add(r).ok());
      }
    }
    CHECK(source.value()->status().ok());
    CHECK(writer.value()->Commit().ok());
    writer.value().reset();
    auto index = returns::IndexReader::Open(dir.string());
    CHECK(index.ok());
    return std::move(index).value();
  }
  std::filesystem::path dir_;
  returns::IndexReader index_;
};

const Corpus& TheCorpus() {
  static const Corpus corpus;
  return corpus;
}

bool Boundary(const std::string& text, size_t at) {
  return at == text.size() || (static_cast<unsigned char>(text[at]) & 0xC0) != 0x80;
}

void CheckFacets(const std::map<std::string, unsigned>& facets, unsigned total) {
  for (const auto& [name, count] : facets) CHECK(count > 0 && count <= total);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!returns::CheckUtf8(text, "").ok()) return 0;  // the command line and the page check UTF-8 first
  returns::SearchRequest request;
  request.reg = &TheRegister();
  request.limit = 5;
  switch (data[0] % 5) {
    case 0: request.query = text; break;
    case 1: request.district = text; break;
    case 2: request.collaborative = text; break;
    case 3: request.themes.push_back(text); break;
    case 4: request.round = text; break;
  }
  const auto found = returns::Search(TheCorpus().index(), request);
  if (!found.ok()) return 0;
  const returns::SearchResults& r = found.value();
  CHECK(r.hits.size() <= request.limit && r.hits.size() <= r.total);
  for (const returns::SearchHit& hit : r.hits) {
    size_t last_end = 0;
    for (const auto& [start, end] : hit.highlights) {
      CHECK(start < end && end <= hit.comment.text.size() && start >= last_end);
      CHECK(Boundary(hit.comment.text, start) && Boundary(hit.comment.text, end));
      last_end = end;
    }
  }
  for (const auto* facets : {&r.theme_facets, &r.district_facets, &r.question_facets, &r.collaborative_facets,
                             &r.round_facets, &r.pending_facets}) {
    CheckFacets(*facets, r.total);
  }
  request.facets = false;
  const auto plain = returns::Search(TheCorpus().index(), request);
  CHECK(plain.ok() && r.total_exact);
  CHECK(!plain.value().total_exact || plain.value().total == r.total);  // an estimate may differ
  return 0;
}
