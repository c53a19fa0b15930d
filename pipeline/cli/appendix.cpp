#include <boost/program_options.hpp>

#include <filesystem>
#include <fstream>

#include "pipeline/reports/appendix_format.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/writers/run_program.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

// Word output: our HTML appendix converted by pandoc, a well-kept converter,
// run with no shell between (the file name is an argument, never a command).
Status WriteDocx(const std::vector<CommentRecord>& comments, const AppendixOptions& options, const std::string& out) {
  if (out.empty() || out == "-") return Status::InvalidInput("appendix", "--format docx needs --out FILE");
  const std::string html = out + ".html.partial";
  {
    std::ofstream f(html, std::ios::binary);
    if (!f) return Status::IOError(out, "cannot write");
    WriteAppendix(comments, options, AppendixFormat::kHtml, f);
    if (!f.flush()) return Status::IOError(out, "write failed");
  }
  const std::string partial = out + ".partial.docx";
  const Status converted = RunProgram({"pandoc", "-f", "html", "-t", "docx", "-o", partial, html});
  std::error_code ec;
  std::filesystem::remove(html, ec);
  if (converted.code() == Status::Code::kNotFound) {
    return Status::NotFound("appendix", "--format docx needs pandoc (Debian package 'pandoc')");
  }
  if (!converted.ok()) {
    std::filesystem::remove(partial, ec);
    return Status::IOError(out, "pandoc could not write the docx file (" + converted.message() + ")");
  }
  std::filesystem::rename(partial, out, ec);
  if (ec) return Status::IOError(out, ec.message());
  return Status::OK();
}

}  // namespace

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
          ? WriteDocx(loaded.value().comments, appendix, selection.out_path)
          : WriteOutput(selection.out_path, [&](std::ostream& out) {
              WriteAppendix(loaded.value().comments, appendix, formats.at(format_name), out);
            });
  return written.ok() ? kExitOk : Fail(written);
}

}  // namespace returns::cli
