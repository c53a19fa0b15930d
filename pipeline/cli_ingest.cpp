#include <boost/program_options.hpp>

#include <fstream>
#include <iostream>

#include "pipeline/cli.h"
#include "pipeline/comments_jsonl.h"

namespace po = boost::program_options;

namespace returns::cli {

int Ingest(const std::vector<std::string>& args) {
  InputArgs inputs;
  std::string out_path, format;
  po::options_description options("returns ingest FILE... [options]");
  options.add_options()
      ("out,o", po::value(&out_path), "write JSON Lines here instead of stdout")
      ("format", po::value(&format)->default_value("appendix"), "input format: appendix");
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;
  if (format != "appendix") return Fail(Status::InvalidInput("ingest: error: unknown --format '" + format + "'"));

  Result<Ingested> ingested = IngestInputs(inputs);
  if (!ingested.ok()) return Fail(ingested.status());
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
