#include <boost/program_options.hpp>

#include "corpus/base/read_file.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/report_format.h"

namespace po = boost::program_options;

namespace returns::cli {

int ReportCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  std::string format_name, paper, reference;
  size_t quoted_themes = 5;
  bool no_appendix = false;
  po::options_description options("returns report [QUERY] --db DIR [options]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  AddRedactOptions(options, selection);
  options.add_options()
      ("format", po::value(&format_name)->default_value("md"), "md, html or docx (Word)")
      ("quoted-themes", po::value(&quoted_themes)->default_value(5),
       "per question, quote a typical comment for each of this many most-mentioned themes")
      ("no-appendix", po::bool_switch(&no_appendix), "leave out the appendix of every comment")
      ("page", po::value(&paper)->default_value("a4"), "docx: paper size, a4 or letter")
      ("reference-doc", po::value(&reference), "docx: take the styles of this Word document");
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  const std::map<std::string, ReportFormat> formats = {
      {"md", ReportFormat::kMarkdown}, {"html", ReportFormat::kHtml}, {"docx", ReportFormat::kDocx}};
  const auto format = formats.find(format_name);
  if (format == formats.end()) {
    return Fail(Status::InvalidInput("report", "unknown --format '" + format_name + "' (md, html or docx)"));
  }
  Result<DocxPage> page = PageFromOptions(paper, false);
  if (!page.ok()) return Fail(page.status());
  const bool document = format->second == ReportFormat::kDocx;
  const std::string what = "--format docx writes a Word document";
  if (document) {
    if (Status s = CheckDocumentOutput(selection.out_path, what); !s.ok()) return Fail(s);
  }
  ReportDocumentOptions document_options;
  document_options.appendix = !no_appendix;
  document_options.paper = page.value().paper;
  AppendixOptions& appendix = document_options.appendix_options;
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
  const Report report = BuildReport(loaded.value().comments, loaded.value().themes, loaded.value().description,
                                    ReportOptions{quoted_themes});
  Result<std::string> bytes = ReportBytes(report, loaded.value().comments, document_options, format->second);
  const Status written = document ? WriteDocument(selection.out_path, bytes, what)
                                  : WriteOutput(selection.out_path, [&](std::ostream& out) { out << bytes.value(); });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
