#include <boost/program_options.hpp>
#include <nlohmann/json.hpp>

#include <cstdio>

#include "index/query/quotes.h"
#include "pipeline/cli/cli.h"
#include "pipeline/writers/markdown.h"
#include "pipeline/cli/selection_options.h"

namespace po = boost::program_options;

namespace returns::cli {

int QuotesCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  size_t count = 5;
  std::string format;
  po::options_description options("returns quotes --theme ID --db DIR [--count K] [filters]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  options.add_options()
      ("count", po::value(&count)->default_value(5), "how many quotes")
      ("format", po::value(&format)->default_value("text"), "text, md or json");
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  if (selection.request.themes.size() != 1) return Fail(Status::InvalidInput("quotes", "give exactly one --theme"));
  if (format != "text" && format != "md" && format != "json") {
    return Fail(Status::InvalidInput("quotes", "unknown --format '" + format + "' (text, md or json)"));
  }
  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  const std::string theme = selection.request.themes.front();
  const std::vector<Quote> quotes = PickTypicalQuotes(loaded.value().comments, theme, count);
  const Status written = WriteOutput(selection.out_path, [&](std::ostream& out) {
    if (format == "json") {
      nlohmann::ordered_json j = nlohmann::ordered_json::array();
      for (const Quote& q : quotes) {
        j.push_back({{"comment_id", q.comment->comment_key()}, {"score", q.score}, {"text", q.comment->text},
                     {"collaborative", q.comment->collaborative_name()}, {"district", q.comment->district},
                     {"question", q.comment->question}});
      }
      out << j.dump(2) << "\n";
      return;
    }
    std::string label = theme;
    for (const ThemeLabel& t : loaded.value().themes) {
      if (t.id == theme) label = t.label;
    }
    if (format == "md") out << "## Typical comments: " << MarkdownText(label) << " (" << MarkdownText(loaded.value().description) << ")\n\n";
    else out << "Typical comments: " << label << " (" << loaded.value().description << ")\n\n";
    int n = 0;
    for (const Quote& q : quotes) {
      const std::string who = q.comment->collaborative_name() + ", " + q.comment->district;
      if (format == "md") out << "- “" << MarkdownText(q.comment->text) << "” — *" << MarkdownText(who) << "*\n";
      else out << ++n << ". “" << q.comment->text << "”\n   — " << who << "\n\n";
    }
  });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
