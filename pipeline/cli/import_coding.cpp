// returns import-coding: the coding of a REFI-QDA project (a coder's NVivo,
// ATLAS.ti, MAXQDA or QualCoder work, or our own export) as a gold file for
// evaluate and agreement.
#include <boost/program_options.hpp>

#include <iostream>

#include "corpus/base/read_file.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/selection_options.h"
#include "pipeline/reports/refi_import.h"

namespace po = boost::program_options;

namespace returns::cli {

int ImportCodingCommand(const std::vector<std::string>& args) {
  std::string file, out_path, lexicon_path;
  std::vector<std::string> db;
  po::options_description options("returns import-coding FILE.qdpx [--out gold.jsonl] [options]");
  options.add_options()
      ("file", po::value(&file), "the project: a .qdpx, or its project.qde")
      ("out,o", po::value(&out_path), "write the gold file here instead of stdout")
      ("lexicon", po::value(&lexicon_path), "lexicon whose themes the codes are (default: of --db, else the bundled one)")
      ("db", po::value(&db), "database whose lexicon the codes are");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  if (file.empty()) return Fail(Status::InvalidInput("import-coding", "which project? returns import-coding FILE.qdpx"));
  Result<Lexicon> lexicon = LoadLexiconOf(db, lexicon_path);
  if (!lexicon.ok()) return Fail(lexicon.status());
  Result<std::string> bytes = ReadWholeFile(file);
  if (!bytes.ok()) return Fail(bytes.status());
  Result<RefiCoding> coding = ReadRefiCoding(bytes.value(), file, lexicon.value());
  if (!coding.ok()) return Fail(coding.status());
  const Status written = WriteOutput(out_path, [&](std::ostream& out) { out << GoldJsonl(coding.value()); });
  if (!written.ok()) return Fail(written);
  const RefiCoding& c = coding.value();
  for (const std::string& note : c.notes) std::cerr << "returns import-coding: " << file << ": note: " << note << "\n";
  size_t coded = 0;
  for (const ImportedComment& comment : c.comments) coded += !comment.themes.empty();
  std::cerr << "import-coding: " << c.sources << " text sources, " << c.comments.size() << " comments (" << coded
            << " with a theme), " << c.selections << " selections, " << c.codings << " codings\n";
  return kExitOk;
}

}  // namespace returns::cli
