#include <boost/program_options.hpp>

#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/summary_format.h"

namespace po = boost::program_options;

namespace returns::cli {

int SummaryCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  std::string by_name, format_name;
  bool cooccurrence = false;
  po::options_description options("returns summary [QUERY] --db DIR [options]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  options.add_options()
      ("by", po::value(&by_name), "cross with question, district, collaborative or round (html: district by default)")
      ("format", po::value(&format_name)->default_value("text"), "text, md, csv, json or html")
      ("cooccurrence", po::bool_switch(&cooccurrence), "add the theme x theme table of comments sharing both");
  if (!ParseOptions(args, options, &positional)) return kExitOk;

  const std::map<std::string, SummaryFormat> formats = {{"text", SummaryFormat::kText}, {"md", SummaryFormat::kMarkdown},
                                                         {"csv", SummaryFormat::kCsv},   {"json", SummaryFormat::kJson},
                                                         {"html", SummaryFormat::kHtml}};
  const auto format = formats.find(format_name);
  if (format == formats.end()) return Fail(Status::InvalidInput("summary", "unknown --format '" + format_name + "'"));
  const std::map<std::string, SummaryDimension> dims = {{"", SummaryDimension::kNone},
                                                         {"question", SummaryDimension::kQuestion},
                                                         {"district", SummaryDimension::kDistrict},
                                                         {"collaborative", SummaryDimension::kCollaborative},
                                                         {"round", SummaryDimension::kRound}};
  const auto dim = dims.find(by_name);
  if (dim == dims.end()) return Fail(Status::InvalidInput("summary", "unknown --by '" + by_name + "'"));
  SummaryDimension by = dim->second;
  // The html page's heat map needs a dimension; theme x district is the report's view.
  if (by == SummaryDimension::kNone && format->second == SummaryFormat::kHtml) by = SummaryDimension::kDistrict;

  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  const Summary summary = Summarise(loaded.value().comments, loaded.value().themes, by, cooccurrence);
  const Status written = WriteOutput(selection.out_path, [&](std::ostream& out) {
    WriteSummary(summary, loaded.value().description, format->second, out);
  });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
