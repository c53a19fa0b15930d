#include <boost/program_options.hpp>

#include "corpus/base/read_file.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/appendix_format.h"

namespace po = boost::program_options;

namespace returns::cli {

int AppendixCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  std::string format_name, paper, reference;
  bool portrait = false;
  po::options_description options("returns appendix [QUERY] --db DIR [options]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  AddRedactOptions(options, selection);
  options.add_options()("format", po::value(&format_name)->default_value("md"), "md, html, csv, docx (Word) or xlsx (Excel)");
  AddPageOptions(options, paper, portrait);
  options.add_options()("reference-doc", po::value(&reference), "docx: take the styles of this Word document");
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  const std::map<std::string, AppendixFormat> formats = {{"md", AppendixFormat::kMarkdown},
                                                         {"html", AppendixFormat::kHtml},
                                                         {"csv", AppendixFormat::kCsv},
                                                         {"docx", AppendixFormat::kDocx},
                                                         {"xlsx", AppendixFormat::kXlsx}};
  const auto format = formats.find(format_name);
  if (format == formats.end()) {
    return Fail(Status::InvalidInput("appendix", "unknown --format '" + format_name + "' (md, html, csv, docx or xlsx)"));
  }
  Result<DocxPage> page = PageFromOptions(paper, portrait);
  if (!page.ok()) return Fail(page.status());
  const bool document = format->second == AppendixFormat::kDocx || format->second == AppendixFormat::kXlsx;
  const std::string what = "--format " + format_name + " writes " + (format_name == "docx" ? "a Word document" : "an Excel workbook");
  if (document) {
    if (Status s = CheckDocumentOutput(selection.out_path, what); !s.ok()) return Fail(s);
  }
  AppendixOptions appendix;
  appendix.page = page.value();
  if (!reference.empty()) {
    Result<std::string> bytes = ReadWholeFile(reference);
    if (!bytes.ok()) return Fail(bytes.status());
    appendix.reference_docx = std::move(bytes).value();
    appendix.reference_name = reference;
  }
  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  appendix.mark_themes = selection.request.themes;
  appendix.selection = loaded.value().description;
  const Status written =
      document ? WriteDocument(selection.out_path, AppendixBytes(loaded.value().comments, appendix, format->second), what)
               : WriteOutput(selection.out_path, [&](std::ostream& out) {
                   WriteAppendix(loaded.value().comments, appendix, format->second, out);
                 });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
