#include <boost/program_options.hpp>

#include "index/query/quotes.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/appendix_layout.h"
#include "pipeline/reports/quotes_format.h"

namespace po = boost::program_options;

namespace returns::cli {

int QuotesCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  size_t count = 5;
  std::string format_name, paper;
  bool landscape = false;
  po::options_description options("returns quotes --theme ID --db DIR [--count K] [filters]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  AddRedactOptions(options, selection);
  options.add_options()
      ("count", po::value(&count)->default_value(5), "how many quotes")
      ("format", po::value(&format_name)->default_value("text"), "text, md, json, html or docx (Word)")
      ("page", po::value(&paper)->default_value("a4"), "docx: paper size, a4 or letter")
      ("landscape", po::bool_switch(&landscape), "docx: landscape pages (default: portrait)");
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  if (selection.request.themes.size() != 1) return Fail(Status::InvalidInput("quotes", "give exactly one --theme"));
  if (count == 0) return Fail(Status::InvalidInput("quotes", "--count 0 asks for no quote: give 1 or more"));
  const std::map<std::string, QuotesFormat> formats = {{"text", QuotesFormat::kText},
                                                       {"md", QuotesFormat::kMarkdown},
                                                       {"json", QuotesFormat::kJson},
                                                       {"html", QuotesFormat::kHtml},
                                                       {"docx", QuotesFormat::kDocx}};
  const auto format = formats.find(format_name);
  if (format == formats.end()) {
    return Fail(Status::InvalidInput("quotes", "unknown --format '" + format_name + "' (text, md, json, html or docx)"));
  }
  Result<DocxPage> page = PageFromOptions(paper, !landscape);
  if (!page.ok()) return Fail(page.status());
  const std::string what = "--format docx writes a Word document";
  if (format->second == QuotesFormat::kDocx) {
    if (Status s = CheckDocumentOutput(selection.out_path, what); !s.ok()) return Fail(s);
  }
  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  QuotesOptions quotes_options;
  quotes_options.theme = selection.request.themes.front();
  quotes_options.theme_label = quotes_options.theme;
  for (const ThemeLabel& t : loaded.value().themes) {
    if (t.id == quotes_options.theme) quotes_options.theme_label = t.label;
  }
  quotes_options.selection = loaded.value().description;
  quotes_options.rounds = appendix::SpansRounds(loaded.value().comments);
  quotes_options.page = page.value();
  const std::vector<Quote> quotes = PickTypicalQuotes(loaded.value().comments, quotes_options.theme, count);
  Result<std::string> bytes = QuotesBytes(quotes, quotes_options, format->second);
  const Status written =
      format->second == QuotesFormat::kDocx
          ? WriteDocument(selection.out_path, bytes, what)
          : WriteOutput(selection.out_path, [&](std::ostream& out) { out << bytes.value(); });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
