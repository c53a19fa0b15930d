#include <boost/program_options.hpp>

#include <iostream>

#include "pipeline/cli.h"

namespace po = boost::program_options;

namespace returns::cli {

int Fail(const Status& status) {
  std::cerr << "returns: " << status.message() << "\n";
  return kExitUnusable;
}

bool ParseOptions(const std::vector<std::string>& args, po::options_description& options,
                  const po::positional_options_description* positional) {
  options.add_options()("help,h", "show this help");
  po::command_line_parser parser(args);
  parser.options(options);
  if (positional) parser.positional(*positional);
  po::variables_map vm;
  po::store(parser.run(), vm);
  po::notify(vm);
  if (vm.count("help")) {
    std::cout << options << "\n";
    return false;
  }
  return true;
}

bool ParseInputCommand(const std::vector<std::string>& args, po::options_description& options, InputArgs& inputs) {
  options.add_options()
      ("register", po::value(&inputs.register_path), "register of collaboratives (CSV); default: the bundled one")
      ("file", po::value(&inputs.files), "input file or directory (read recursively, sorted)");
  po::positional_options_description positional;
  positional.add("file", -1);
  return ParseOptions(args, options, &positional);
}

Result<Ingested> IngestInputs(const InputArgs& inputs) {
  if (inputs.files.empty()) return Status::InvalidInput("error: no input files");
  Result<Register> reg = Register::Load(inputs.register_path.empty() ? Register::DefaultPath() : inputs.register_path);
  if (!reg.ok()) return reg.status();
  Result<Ingested> ingested = IngestFiles(inputs.files, reg.value());
  if (ingested.ok()) {
    for (const std::string& w : ingested.value().warnings) std::cerr << w << "\n";
  }
  return ingested;
}

}  // namespace returns::cli
