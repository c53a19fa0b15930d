#include <boost/program_options.hpp>

#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/summary_format.h"

namespace po = boost::program_options;

namespace returns::cli {

int SummaryCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  std::string by_name, format_name, sort_name;
  bool cooccurrence = false;
  po::options_description options("returns summary [QUERY] --db DIR [options]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  options.add_options()
      ("by", po::value(&by_name), "cross with question, district, collaborative or round (html: district by default)")
      ("format", po::value(&format_name)->default_value("text"), "text, md, csv, json, html or xlsx (Excel)")
      ("sort", po::value(&sort_name)->default_value("codebook"), "themes in codebook order, or by share, comments or label")
      ("cooccurrence", po::bool_switch(&cooccurrence), "add the theme x theme table of comments sharing both");
  if (!ParseOptions(args, options, &positional)) return kExitOk;

  const std::map<std::string, SummaryFormat> formats = {{"text", SummaryFormat::kText}, {"md", SummaryFormat::kMarkdown},
                                                         {"csv", SummaryFormat::kCsv},   {"json", SummaryFormat::kJson},
                                                         {"html", SummaryFormat::kHtml},   {"xlsx", SummaryFormat::kXlsx}};
  const auto format = formats.find(format_name);
  if (format == formats.end()) {
    return Fail(Status::InvalidInput("summary", "unknown --format '" + format_name + "' (text, md, csv, json, html or xlsx)"));
  }
  const std::map<std::string, SummarySort> sorts = {{"codebook", SummarySort::kCodebook},
                                                     {"share", SummarySort::kShare},
                                                     {"comments", SummarySort::kComments},
                                                     {"label", SummarySort::kLabel}};
  const auto sort = sorts.find(sort_name);
  if (sort == sorts.end()) {
    return Fail(Status::InvalidInput("summary", "unknown --sort '" + sort_name + "' (codebook, share, comments or label)"));
  }
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
  // The workbook's second sheet is theme x collaborative unless --by says otherwise.
  if (by == SummaryDimension::kNone && format->second == SummaryFormat::kXlsx) by = SummaryDimension::kCollaborative;
  const bool workbook = format->second == SummaryFormat::kXlsx;
  const std::string what = "--format xlsx writes an Excel workbook";
  if (workbook) {
    if (Status s = CheckDocumentOutput(selection.out_path, what); !s.ok()) return Fail(s);
  }

  selection.summary_only = SelectionArgs::SummaryOnly{by, cooccurrence};
  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  Summary summary = loaded.value().summary ? std::move(*loaded.value().summary)
                                           : Summarise(loaded.value().comments, loaded.value().themes, by, cooccurrence);
  SortThemes(summary, sort->second);
  const Status written =
      workbook ? WriteDocument(selection.out_path, SummaryXlsx(summary, loaded.value().description), what)
               : WriteOutput(selection.out_path, [&](std::ostream& out) {
                   WriteSummary(summary, loaded.value().description, format->second, out);
                 });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
