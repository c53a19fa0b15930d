#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdio>
#include <iomanip>
#include <iostream>

#include "corpus/text/snippet.h"
#include "lexicon/tools/suggest.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/coding.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

std::string Show(const Example& e, const std::string& open, const std::string& close) {
  return e.label + ": " + Snippet(e.text, e.spans, open, close, 160);
}

void WriteText(const std::vector<ThemeSuggestions>& all, std::ostream& out) {
  char row[160];
  for (const ThemeSuggestions& s : all) {
    out << "\n" << s.theme << ": coded " << s.coded << ", missed " << s.missed << ", tagged but not coded "
        << s.tagged_not_coded << "\n";
    if (!s.candidates.empty()) {
      std::snprintf(row, sizeof row, "  %-30s %6s %6s %8s\n", "words the lexicon missed", "missed", "other", "keyness");
      out << row;
    }
    for (const Candidate& c : s.candidates) {
      // The term whole, however long; the figures after it (a fixed buffer cut them off).
      std::snprintf(row, sizeof row, " %6u %6u %8.1f\n", c.missed, c.rest, c.keyness);
      out << "  " << std::left << std::setw(30) << c.term << row << "      " << Show(c.example, "[", "]") << "\n";
    }
    if (!s.rules.empty()) {
      std::snprintf(row, sizeof row, "  %-30s %6s\n", "rules firing where not coded", "fired");
      out << row;
    }
    for (const OverFiring& f : s.rules) {
      std::snprintf(row, sizeof row, " %6u\n", f.comments);
      out << "  " << std::left << std::setw(30) << f.rule << row << "      " << Show(f.example, "[", "]") << "\n";
    }
  }
}

nlohmann::ordered_json Json(const std::vector<ThemeSuggestions>& all) {
  using nlohmann::ordered_json;
  ordered_json themes = ordered_json::array();
  for (const ThemeSuggestions& s : all) {
    ordered_json t = {{"theme", s.theme}, {"coded", s.coded}, {"missed", s.missed},
                      {"tagged_not_coded", s.tagged_not_coded}};
    t["candidates"] = ordered_json::array();
    for (const Candidate& c : s.candidates) {
      t["candidates"].push_back({{"term", c.term},
                                 {"phrase", c.phrase},
                                 {"missed", c.missed},
                                 {"other", c.rest},
                                 {"keyness", std::round(c.keyness * 100) / 100},
                                 {"example", {{"id", c.example.label}, {"snippet", Snippet(c.example.text, c.example.spans, "**", "**", 160)}}}});
    }
    t["rules"] = ordered_json::array();
    for (const OverFiring& f : s.rules) {
      t["rules"].push_back({{"rule", f.rule},
                            {"comments", f.comments},
                            {"example", {{"id", f.example.label}, {"snippet", Snippet(f.example.text, f.example.spans, "**", "**", 160)}}}});
    }
    themes.push_back(std::move(t));
  }
  return themes;
}

}  // namespace

// returns lexicon suggest --gold FILE: for each theme, words of the coded
// comments the lexicon missed (by keyness) and rules that fire where the
// coder did not give the theme.
int LexiconSuggest(const std::vector<std::string>& args) {
  std::vector<std::string> gold_paths;
  std::string lexicon_path, format;
  std::vector<std::string> db;
  SuggestOptions o;
  po::options_description options("returns lexicon suggest --gold FILE [--gold FILE]... [--lexicon FILE] [options]");
  options.add_options()
      ("gold", po::value(&gold_paths), "hand-coded comments: JSON Lines with text and themes; repeatable (read as one)")
      ("lexicon", po::value(&lexicon_path), "lexicon; default: of --db, else the bundled codebook")
      ("db", po::value(&db), "the database whose lexicon to measure (the one it was indexed or re-indexed with)")
      ("top", po::value(&o.candidates)->default_value(10), "candidate words and phrases per theme")
      ("rules", po::value(&o.rules)->default_value(5), "over-firing rules per theme")
      ("min-comments", po::value(&o.min_comments)->default_value(2), "a candidate is in at least this many missed comments")
      ("min-keyness", po::value(&o.min_keyness)->default_value(3.84), "and has at least this log-likelihood (3.84: p < 0.05)")
      ("format", po::value(&format)->default_value("text"), "text or json");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (gold_paths.empty()) return Fail(Status::InvalidInput("lexicon suggest", "--gold FILE is required"));
  if (format != "text" && format != "json") {
    return Fail(Status::InvalidInput("lexicon suggest", "unknown --format '" + format + "' (text or json)"));
  }
  std::vector<SuggestComment> gold;
  for (const std::string& path : gold_paths) {
    Result<std::vector<CodedComment>> coded = ReadCodingFile(path, &std::cerr);
    if (!coded.ok()) return Fail(coded.status());
    for (CodedComment& c : coded.value()) gold.push_back({c.label(), std::move(c.text), c.question, std::move(c.themes)});
  }
  Result<Matcher> matcher = LoadMatcherOf(db, lexicon_path);
  if (!matcher.ok()) return Fail(matcher.status());
  const std::vector<ThemeSuggestions> suggestions = Suggest(gold, matcher.value(), o);
  if (format == "json") {
    nlohmann::ordered_json j;
    j["gold"] = gold_paths;
    j["comments"] = gold.size();
    j["lexicon"] = {{"name", matcher.value().name()}, {"version", matcher.value().version()}};
    j["themes"] = Json(suggestions);
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << "Lexicon " << matcher.value().name() << " " << matcher.value().version() << " against " << gold.size()
            << " hand-coded comments";
  for (const std::string& p : gold_paths) std::cout << " · " << p;
  std::cout << "\n";
  WriteText(suggestions, std::cout);
  return kExitOk;
}

}  // namespace returns::cli
