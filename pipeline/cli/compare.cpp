#include <boost/program_options.hpp>

#include <iostream>
#include <set>

#include "corpus/register/nearest_values.h"

#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/round_compare.h"

namespace po = boost::program_options;

namespace returns::cli {

int CompareCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  std::vector<std::string> rounds;
  std::string format_name;
  po::options_description options("returns compare --round A --round B --db DIR [options]");
  options.add_options()
      ("db", po::value(&selection.db), "database: a directory, a sharded directory or a stub file; repeatable")
      ("round", po::value(&rounds), "a round to compare: give two, the earlier first")
      ("district", po::value(&selection.request.district), "only this district")
      ("collaborative", po::value(&selection.request.collaborative), "only this collaborative")
      ("question", po::value(&selection.request.question), "only this question, 1-5")
      ("lexicon", po::value(&selection.lexicon_path), "lexicon for theme labels; default: the one the database was built with")
      ("format", po::value(&format_name)->default_value("text"), "text, md, csv, json, html or xlsx (Excel)")
      ("out,o", po::value(&selection.out_path), "write here instead of stdout");
  if (!ParseOptions(args, options)) return kExitOk;
  if (rounds.size() != 2 || rounds[0] == rounds[1]) {
    return Fail(Status::InvalidInput("compare", "give two different rounds: --round A --round B (the earlier first)"));
  }
  const std::map<std::string, CompareFormat> formats = {
      {"text", CompareFormat::kText}, {"md", CompareFormat::kMarkdown}, {"csv", CompareFormat::kCsv},
      {"json", CompareFormat::kJson}, {"html", CompareFormat::kHtml},   {"xlsx", CompareFormat::kXlsx}};
  const auto format = formats.find(format_name);
  if (format == formats.end()) {
    return Fail(Status::InvalidInput("compare", "unknown --format '" + format_name + "' (text, md, csv, json, html or xlsx)"));
  }
  const std::string what = "--format xlsx writes an Excel workbook";
  if (format->second == CompareFormat::kXlsx) {
    if (Status s = CheckDocumentOutput(selection.out_path, what); !s.ok()) return Fail(s);
  }
  Result<LoadedSelection> loaded = LoadSelection(selection);  // every round; the two are picked out
  if (!loaded.ok()) return Fail(loaded.status());
  std::set<std::string> held;  // the selection's rounds
  for (const CommentRecord& c : loaded.value().comments) held.insert(c.round);
  for (const std::string& round : rounds) {
    if (held.count(round)) continue;
    const std::vector<std::string> near = NearestValues(round, {held.begin(), held.end()});
    std::string message = "no comments of round '" + round + "' in the selection";
    if (!near.empty()) message += " — did you mean '" + near.front() + "'?";
    if (held.size() <= 12) {
      message += " (rounds there: ";
      for (auto it = held.begin(); it != held.end(); ++it) message += (it == held.begin() ? "" : ", ") + *it;
      message += ")";
    }
    return Fail(Status::InvalidInput("compare", message));
  }
  // Labels that sort (2013-03, 2014-03) given later first: the changes would read backwards.
  if (rounds[0] > rounds[1]) {
    std::cerr << "compare: warning: round '" << rounds[0] << "' is given first, so the changes read from it to '"
              << rounds[1] << "'; give the earlier round first (--round " << rounds[1] << " --round " << rounds[0]
              << ") if that is not meant\n";
  }
  const RoundComparison comparison = CompareRounds(loaded.value().comments, loaded.value().themes, rounds[0], rounds[1]);
  const std::string filters = loaded.value().description == "all comments" ? "" : loaded.value().description;
  Result<std::string> bytes = ComparisonBytes(comparison, filters, format->second);
  const Status written =
      format->second == CompareFormat::kXlsx
          ? WriteDocument(selection.out_path, bytes, what)
          : WriteOutput(selection.out_path, [&](std::ostream& out) { out << bytes.value(); });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
