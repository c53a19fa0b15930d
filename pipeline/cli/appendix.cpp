#include <boost/program_options.hpp>

#include "pipeline/reports/appendix_docx.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"

namespace po = boost::program_options;

namespace returns::cli {

int AppendixCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  std::string format_name;
  po::options_description options("returns appendix [QUERY] --db DIR [options]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  options.add_options()("format", po::value(&format_name)->default_value("md"), "md, html, csv or docx (docx needs --out)");
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  const std::map<std::string, AppendixFormat> formats = {
      {"md", AppendixFormat::kMarkdown}, {"html", AppendixFormat::kHtml}, {"csv", AppendixFormat::kCsv}};
  if (format_name != "docx" && !formats.count(format_name)) {
    return Fail(Status::InvalidInput("appendix", "unknown --format '" + format_name + "' (md, html, csv or docx)"));
  }
  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  AppendixOptions appendix;
  appendix.mark_themes = selection.request.themes;
  appendix.selection = loaded.value().description;
  const Status written =
      format_name == "docx"
          ? (selection.out_path.empty() || selection.out_path == "-"
                 ? Status::InvalidInput("appendix", "--format docx needs --out FILE")
                 : WriteAppendixDocx(loaded.value().comments, appendix, selection.out_path))
          : WriteOutput(selection.out_path, [&](std::ostream& out) {
              WriteAppendix(loaded.value().comments, appendix, formats.at(format_name), out);
            });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
