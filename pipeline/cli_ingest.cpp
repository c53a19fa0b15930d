#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>

#include "pipeline/cli.h"
#include "pipeline/comments_jsonl.h"
#include "pipeline/ingest.h"

namespace po = boost::program_options;

namespace returns::cli {

int Fail(const Status& status) {
  std::cerr << "returns: " << status.message() << "\n";
  return kExitUnusable;
}

Result<Register> LoadRegister(const std::string& path) {
  return Register::Load(path.empty() ? Register::DefaultPath() : path);
}

int Ingest(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  std::string out_path, format = "appendix", register_path;
  po::options_description options("returns ingest FILE... [options]");
  options.add_options()
      ("help,h", "show this help")
      ("out,o", po::value(&out_path), "write JSON Lines here instead of stdout")
      ("format", po::value(&format)->default_value("appendix"), "input format: appendix")
      ("register", po::value(&register_path), "register of collaboratives (CSV); default: the bundled one")
      ("file", po::value(&files), "input file or directory");
  po::positional_options_description positional;
  positional.add("file", -1);
  po::variables_map vm;
  po::store(po::command_line_parser(args).options(options).positional(positional).run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return kExitOk;
  }
  if (files.empty()) return Fail(Status::InvalidInput("ingest: error: no input files"));
  if (format != "appendix") return Fail(Status::InvalidInput("ingest: error: unknown --format '" + format + "'"));

  Result<Register> reg = LoadRegister(register_path);
  if (!reg.ok()) return Fail(reg.status());
  Result<Ingested> ingested = IngestFiles(files, reg.value());
  if (!ingested.ok()) return Fail(ingested.status());
  for (const std::string& w : ingested.value().warnings) std::cerr << w << "\n";

  int comments = 0;
  for (const Return& r : ingested.value().returns) comments += static_cast<int>(r.comments.size());
  if (out_path.empty()) {
    WriteCommentsJsonl(ingested.value().returns, std::cout);
  } else {
    std::ofstream out(out_path, std::ios::binary);
    if (!out) return Fail(Status::IOError(out_path + ": error: cannot write"));
    WriteCommentsJsonl(ingested.value().returns, out);
    if (!out.flush()) return Fail(Status::IOError(out_path + ": error: write failed"));
  }
  std::cerr << "ingest: " << ingested.value().files << " files, " << ingested.value().returns.size() << " returns, "
            << comments << " comments, " << ingested.value().warnings.size() << " warnings\n";
  return kExitOk;
}

}  // namespace returns::cli
