#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/writers/comments_jsonl.h"

namespace po = boost::program_options;

namespace returns::cli {

int Ingest(const std::vector<std::string>& args) {
  InputArgs inputs;
  std::string out_path;
  po::options_description options("returns ingest FILE... [options]");
  options.add_options()("out,o", po::value(&out_path), "write JSON Lines here instead of stdout");
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;

  Result<Ingested> ingested = IngestInputs(inputs);
  if (!ingested.ok()) return Fail(ingested.status());
  if (inputs.strict && !ingested.value().rejects.empty()) return FinishIntake("ingest", ingested.value(), inputs);
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
  return FinishIntake("ingest", ingested.value(), inputs);
}

}  // namespace returns::cli
