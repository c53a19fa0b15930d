#include <boost/program_options.hpp>

#include <iostream>

#include "pipeline/cli.h"
#include "pipeline/ingest.h"
#include "pipeline/overview.h"

namespace po = boost::program_options;

namespace returns::cli {

int Overview(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  std::string register_path;
  po::options_description options("returns overview FILE... [options]");
  options.add_options()
      ("help,h", "show this help")
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
  if (files.empty()) return Fail(Status::InvalidInput("overview: error: no input files"));
  Result<Register> reg = LoadRegister(register_path);
  if (!reg.ok()) return Fail(reg.status());
  Result<Ingested> ingested = IngestFiles(files, reg.value());
  if (!ingested.ok()) return Fail(ingested.status());
  for (const std::string& w : ingested.value().warnings) std::cerr << w << "\n";
  WriteOverview(CountByQuestion(ingested.value().returns), std::cout);
  return kExitOk;
}

}  // namespace returns::cli
