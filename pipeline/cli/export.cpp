// returns export: a selection as a REFI-QDA project (.qdpx) for NVivo,
// ATLAS.ti, MAXQDA or QualCoder, or the codebook alone (.qdc).
#include <boost/program_options.hpp>

#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/refi_codebook.h"
#include "pipeline/reports/refi_export.h"

namespace po = boost::program_options;

namespace returns::cli {

int ExportCommand(const std::vector<std::string>& args) {
  SelectionArgs selection;
  std::string format_name;
  po::options_description options("returns export --format qdpx|qdc [QUERY] --db DIR [options]");
  po::positional_options_description positional;
  AddSelectionOptions(options, positional, selection);
  options.add_options()("format", po::value(&format_name)->default_value("qdpx"),
                        "qdpx: a REFI-QDA project (returns, their coding, the codebook; needs --out); "
                        "qdc: the codebook alone (the lexicon of --lexicon, else of --db, else the bundled one)");
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  const std::string origin = std::string("returns ") + RETURNS_VERSION;
  if (format_name == "qdc") {
    Result<Lexicon> lexicon = LoadLexiconOf(selection.db, selection.lexicon_path);
    if (!lexicon.ok()) return Fail(lexicon.status());
    const Status written = WriteOutput(selection.out_path, [&](std::ostream& out) {
      out << refi::CodebookQdc(lexicon.value(), origin);
    });
    return written.ok() ? kExitOk : Fail(written);
  }
  if (format_name != "qdpx") return Fail(Status::InvalidInput("export", "unknown --format '" + format_name + "' (qdpx or qdc)"));
  if (selection.out_path.empty() || selection.out_path == "-") {
    return Fail(Status::InvalidInput("export", "--format qdpx needs --out FILE.qdpx (a zip, not for a terminal)"));
  }
  Result<LoadedSelection> loaded = LoadSelection(selection);
  if (!loaded.ok()) return Fail(loaded.status());
  RefiExportOptions project_options;
  project_options.project_name = "returns: " + loaded.value().description;
  project_options.origin = origin;
  project_options.description = loaded.value().description;
  Result<RefiProject> project = MakeRefiProject(loaded.value().comments, loaded.value().lexicon, project_options);
  if (!project.ok()) return Fail(project.status());
  Result<std::string> bytes = QdpxBytes(project.value(), selection.out_path);
  if (!bytes.ok()) return Fail(bytes.status());
  Result<std::unique_ptr<Output>> out = Output::Open(selection.out_path);
  if (!out.ok()) return Fail(out.status());
  if (Status s = out.value()->Write(bytes.value()); !s.ok()) return Fail(s);
  if (Status s = out.value()->Commit(); !s.ok()) return Fail(s);
  const RefiExportCounts& n = project.value().counts;
  std::cerr << "export: " << n.sources << " returns, " << n.comments << " comments, " << n.codes << " codes, "
            << n.selections << " selections, " << n.codings << " codings → " << selection.out_path << "\n";
  return kExitOk;
}

}  // namespace returns::cli
