#include <boost/program_options.hpp>

#include <map>

#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/redactions_format.h"

namespace po = boost::program_options;

namespace returns::cli {

// returns redactions [QUERY] --db DIR [filters]: what --redact would take
// out of the selection, each name with its comment, rule and context.
int RedactionsCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  std::string format_name;
  po::options_description options("returns redactions [QUERY] --db DIR [filters] [options]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  AddRedactOptions(options, selection, false);
  options.add_options()("format", po::value(&format_name)->default_value("text"), "text, csv or json");
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  const std::map<std::string, RedactionsFormat> formats = {
      {"text", RedactionsFormat::kText}, {"csv", RedactionsFormat::kCsv}, {"json", RedactionsFormat::kJson}};
  const auto format = formats.find(format_name);
  if (format == formats.end()) {
    return Fail(Status::InvalidInput("redactions", "unknown --format '" + format_name + "' (text, csv or json)"));
  }
  selection.build_redactor = true;
  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  const std::vector<CommentRedactions> found = FindRedactions(loaded.value().comments, *loaded.value().redactor);
  const Status written = WriteOutput(selection.out_path, [&](std::ostream& out) {
    WriteRedactions(found, loaded.value().comments.size(), loaded.value().description, format->second, out);
  });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
