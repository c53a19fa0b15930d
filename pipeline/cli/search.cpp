#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>

#include "corpus/codec/comment_json.h"
#include "corpus/text/snippet.h"
#include "index/query/database_lexicon.h"
#include "index/query/filter_values.h"
#include "index/query/facet_table_file.h"
#include "index/query/search.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

void WriteCounts(const std::map<std::string, unsigned>& counts, JsonWriter& w) {
  w.BeginObject();
  for (const auto& [k, v] : counts) {
    w.Key(k);
    w.UInt(v);
  }
  w.EndObject();
}

// The results as JSON: each hit is its rank, score and the comment record as
// the codec writes it (README, "The comment record"), then its snippet.
void WriteJson(const std::string& query, const SearchResults& r, std::ostream& out) {
  std::string s;
  JsonWriter w(s, 2);
  w.BeginObject();
  w.Key("query");
  w.String(query);
  w.Key("total");
  w.UInt(r.total);
  if (!r.total_exact) {  // --no-facets: Xapian's estimate
    w.Key("total_estimated");
    w.Bool(true);
  }
  w.Key("results");
  w.BeginArray();
  for (const SearchHit& h : r.hits) {
    w.BeginObject();
    w.Key("rank");
    w.UInt(h.rank);
    w.Key("score");
    w.Double(h.score);
    WriteCommentFields(h.comment, w);
    w.Key("snippet");
    w.String(Snippet(h.comment.text, h.highlights, "**", "**"));
    w.EndObject();
  }
  w.EndArray();
  w.Key("facets");
  w.BeginObject();
  w.Key("themes");
  WriteCounts(r.theme_facets, w);
  w.Key("districts");
  WriteCounts(r.district_facets, w);
  w.Key("questions");
  WriteCounts(r.question_facets, w);
  w.Key("collaboratives");
  WriteCounts(r.collaborative_facets, w);
  w.Key("rounds");
  WriteCounts(r.round_facets, w);
  w.EndObject();
  w.EndObject();
  out << s << "\n";
}

void WriteText(const SearchResults& r, bool colour, std::ostream& out) {
  const std::string open = colour ? "\x1b[1;33m" : "[", close = colour ? "\x1b[0m" : "]";
  for (const SearchHit& h : r.hits) {
    const CommentRecord& c = h.comment;
    out << h.rank << ". " << c.district_shown() << " | " << c.collaborative_name() << " | Q" << c.question
        << (c.round.empty() ? "" : " | " + c.round) << "\n   " << Snippet(c.text, h.highlights, open, close) << "\n";
  }
  out << (r.total_exact ? "" : "about ") << r.total << (r.total == 1 ? " comment" : " comments") << " match";
  if (!r.hits.empty()) out << "; showing " << r.hits.front().rank << "-" << r.hits.back().rank;
  out << "\n";
}

// Runs every line of the file as a query (filters from the options apply)
// and prints the latency figures as JSON: what scripts/bench measures.
int TimeQueries(const IndexReader& index, SearchRequest request, const std::string& path) {
  std::ifstream in(path);
  if (!in) return Fail(Status::InvalidInput(path, "cannot open file"));
  std::vector<double> ms;
  std::string line;
  while (std::getline(in, line)) {
    request.query = line;
    const auto start = std::chrono::steady_clock::now();
    Result<SearchResults> r = Search(index, request);
    const auto end = std::chrono::steady_clock::now();
    if (!r.ok()) return Fail(r.status());
    ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
  }
  if (ms.empty()) return Fail(Status::InvalidInput(path, "no queries"));
  std::sort(ms.begin(), ms.end());
  const auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * static_cast<double>(ms.size())))]; };
  nlohmann::ordered_json j = {{"queries", ms.size()}, {"facets", request.facets}, {"median_ms", at(0.5)},
                              {"p99_ms", at(0.99)}, {"max_ms", ms.back()}};
  std::cout << j.dump() << "\n";
  return kExitOk;
}

// Whether the facet table `index` keeps (facet_table_file.h) is there for
// this revision, as `info` says it.
std::string DescribeFacetTable(const IndexReader& index) {
  const std::string path = FacetTablePath(index);
  if (path.empty()) return "no table (not kept for several databases, a stub file or remote shards)";
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return "no table (the next index run writes one)";
  Result<std::optional<FacetTable>> table = LoadFacetTable(index);
  if (!table.ok()) return "table damaged (" + table.status().message() + ")";
  if (!table.value()) return "table of another revision, not used (the next index run writes it again)";
  return "table current (" + std::to_string(table.value()->comments()) + " comments)";
}

}  // namespace

int SearchCommand(const std::vector<std::string>& args) {
  SearchRequest request;
  std::vector<std::string> db;
  std::string format;
  std::vector<std::string> query_words, attributes;
  std::string queries_path, register_path;
  bool no_facets = false;
  po::options_description options("returns search [QUERY] --db DIR [options]");
  options.add_options()
      ("db", po::value(&db), "database: a directory, a sharded directory or a stub file; repeat to search several")
      ("theme", po::value(&request.themes), "only comments with this theme (repeat: all of them)")
      ("district", po::value(&request.district), "only this district")
      ("collaborative", po::value(&request.collaborative), "only this collaborative (its canonical name or an alias)")
      ("question", po::value(&request.question), "only this question, 1-5")
      ("round", po::value(&request.round), "only this round")
      ("limit", po::value(&request.limit)->default_value(10), "results to show")
      ("offset", po::value(&request.offset)->default_value(0), "results to skip")
      ("format", po::value(&format)->default_value("text"), "text or json")
      ("queries", po::value(&queries_path), "benchmark: run each line of FILE as a query; print latency figures (JSON)")
      ("no-facets", po::bool_switch(&no_facets), "skip the facet counts (faster; the total is then an estimate, said as \"about N\")")
      ("register", po::value(&register_path), "register of collaboratives for collaborative filters; default: the bundled one")
      ("query", po::value(&query_words), "query words");
  AddAttributeOption(options, attributes);
  po::positional_options_description positional;
  positional.add("query", -1);
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  if (db.empty()) return Fail(Status::InvalidInput("search", "--db DIR is required"));
  if (Status s = AddAttributeFilters(attributes, request); !s.ok()) return Fail(Status::InvalidInput("search", s.message()));
  if (format != "text" && format != "json") {
    return Fail(Status::InvalidInput("search", "unknown --format '" + format + "' (text or json)"));
  }
  if (request.question < 0 || request.question > 5) return Fail(Status::InvalidInput("search", "--question is 1-5"));
  for (const std::string& w : query_words) request.query += (request.query.empty() ? "" : " ") + w;
  request.facets = !no_facets;
  // The register is read only when a collaborative is named (its aliases
  // resolve the name), when one is given, or for many queries: reading it is
  // a fifth of a one-off search's own time.
  std::optional<Register> reg;
  if (!register_path.empty() || !queries_path.empty() || !request.collaborative.empty() ||
      request.query.find("collaborative:") != std::string::npos) {
    Result<Register> loaded = LoadRegister(register_path);
    if (!loaded.ok()) return Fail(loaded.status());
    reg = std::move(loaded).value();
    request.reg = &*reg;
  }
  Result<IndexReader> index = IndexReader::Open(db);
  if (!index.ok()) return Fail(index.status());
  if (!queries_path.empty()) {
    // Many queries: facets and listings from the table `index` kept, when it
    // is this revision's, loaded once (one query alone is faster without:
    // loading the table of 1,000,000 comments takes longer than reading its
    // matches' facet values).
    const std::optional<FacetTable> table = FacetTableFor(index.value());
    request.table = table ? &*table : nullptr;
    return TimeQueries(index.value(), request, queries_path);
  }
  // Themes by id or label (filter_values.h); the lexicon is read only when a theme is named.
  if (!request.themes.empty() || request.query.find("theme:") != std::string::npos ||
      request.query.find("pending:") != std::string::npos) {
    Result<ThemeNames> lexicon = DatabaseThemeNames(index.value(), "");
    if (!lexicon.ok()) return Fail(lexicon.status());
    if (Status s = ResolveThemes(request.themes, lexicon.value()); !s.ok()) return Fail(s);
    Result<std::string> query = ResolveQueryThemes(request.query, lexicon.value());
    if (!query.ok()) return Fail(query.status());
    request.query = query.value();
  }
  Result<SearchResults> results = Search(index.value(), request);
  if (!results.ok()) return Fail(results.status());
  if (results.value().total == 0) {
    if (Status s = CheckEmptySelection(index.value(), request, request.reg); !s.ok()) return Fail(s);
  }
  if (format == "json") WriteJson(request.query, results.value(), std::cout);
  else WriteText(results.value(), isatty(STDOUT_FILENO) != 0, std::cout);
  return kExitOk;
}

int Info(const std::vector<std::string>& args) {
  std::vector<std::string> db;
  po::options_description options("returns info --db DIR");
  options.add_options()("db", po::value(&db), "database: a directory, a sharded directory or a stub file; repeatable");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (db.empty()) return Fail(Status::InvalidInput("info", "--db DIR is required"));
  Result<IndexReader> index = IndexReader::Open(db);
  if (!index.ok()) return Fail(index.status());
  const Result<IndexInfo> read = index.value().Info();
  if (!read.ok()) return Fail(read.status());
  const IndexInfo& info = read.value();
  std::string rounds;
  for (const std::string& r : info.rounds) rounds += (rounds.empty() ? "" : ", ") + r;
  std::cout << "database:  " << index.value().dir() << "\ndocuments: " << info.documents << "\nreturns:   " << info.returns
            << "\nrounds:    " << (rounds.empty() ? "(none)" : rounds) << "\nlexicon:   " << info.lexicon_name << " "
            << info.lexicon_version << " (" << info.lexicon_source
            << (info.lexicon_text.empty() ? "" : "; its text kept in the database") << ")\nschema:    " << info.schema_version
            << "\nwritten:   " << info.written_at << "\nfacets:    " << DescribeFacetTable(index.value()) << "\n";
  return kExitOk;
}

}  // namespace returns::cli
