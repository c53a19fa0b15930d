// returns themes [--lexicon FILE] [--db DIR] [--format text|ids]: the
// lexicon's themes — id, label, parent — and, with a database, how many of its
// comments carry each. `--format ids` prints the ids alone, one per line (for
// scripts and shell completion).
#include <boost/program_options.hpp>

#include <filesystem>
#include <iomanip>
#include <iostream>

#include "index/query/search.h"
#include "index/store/index_reader.h"
#include "lexicon/codebook/default_lexicon.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/cli/cli.h"

namespace po = boost::program_options;

namespace returns::cli {

int Themes(const std::vector<std::string>& args) {
  std::string lexicon_path, format = "text";
  std::vector<std::string> db;
  po::options_description options("returns themes [--lexicon FILE] [--db DIR]");
  options.add_options()("lexicon", po::value(&lexicon_path), "lexicon file (default: the bundled lexicon)")(
      "db", po::value(&db), "also count each theme's comments in this database")(
      "format", po::value(&format), "text (default) or ids: the ids alone, one per line");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (format != "text" && format != "ids") {
    return Fail(Status::InvalidInput("themes", "unknown --format '" + format + "'; formats are text, ids"));
  }
  std::string path = lexicon_path.empty() ? DefaultLexiconPath() : lexicon_path;
  std::map<std::string, unsigned> counts;
  if (!db.empty()) {
    Result<IndexReader> index = IndexReader::Open(db);
    if (!index.ok()) return Fail(index.status());
    // Without --lexicon, the lexicon the database was tagged with, where it still is.
    const Result<IndexInfo> info = index.value().Info();
    if (!info.ok()) return Fail(info.status());
    std::error_code ec;
    if (lexicon_path.empty() && !info.value().lexicon_source.empty() &&
        std::filesystem::exists(info.value().lexicon_source, ec)) {
      path = info.value().lexicon_source;
    }
    SearchRequest all;
    all.limit = 0;
    Result<SearchResults> found = Search(index.value(), all);
    if (!found.ok()) return Fail(found.status());
    counts = found.value().theme_facets;
  }
  Result<Lexicon> lexicon = LoadLexicon(path);
  if (!lexicon.ok()) return Fail(lexicon.status());
  if (format == "ids") {
    for (const Theme& t : lexicon.value().themes) std::cout << t.id << "\n";
    return kExitOk;
  }
  size_t id_width = 2, label_width = 5;
  for (const Theme& t : lexicon.value().themes) {
    id_width = std::max(id_width, t.id.size());
    label_width = std::max(label_width, t.label.size());
  }
  std::cout << std::left << std::setw(static_cast<int>(id_width) + 2) << "id" << std::setw(static_cast<int>(label_width) + 2)
            << "label" << (db.empty() ? "parent" : "comments  parent") << "\n";
  for (const Theme& t : lexicon.value().themes) {
    std::cout << std::left << std::setw(static_cast<int>(id_width) + 2) << t.id
              << std::setw(static_cast<int>(label_width) + 2) << t.label;
    if (!db.empty()) {
      const auto it = counts.find(t.id);
      std::cout << std::right << std::setw(8) << (it == counts.end() ? 0 : it->second) << "  " << std::left;
    }
    std::cout << t.parent.value_or("") << "\n";
  }
  return kExitOk;
}

}  // namespace returns::cli
