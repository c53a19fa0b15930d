#include <boost/program_options.hpp>

#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/stages/run.h"
#include "pipeline/writers/record_writers.h"

namespace po = boost::program_options;

namespace returns::cli {

int Ingest(const std::vector<std::string>& args) {
  InputArgs inputs;
  std::string out_path;
  po::options_description options("returns ingest FILE... [options]");
  options.add_options()("out,o", po::value(&out_path), "write JSON Lines here instead of stdout");
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;
  if (inputs.files.empty()) return Fail(Status::InvalidInput("no input files"));

  Result<Register> reg = LoadRegister(inputs);
  if (!reg.ok()) return Fail(reg.status());
  SourceOptions read;
  read.records_from_jsonl = false;  // JSON Lines given to ingest are returns
  read.assign_ids = false;          // comments carry their comment id; `id` is the tagger's
  Result<std::unique_ptr<RecordSource>> source = OpenSource(inputs, reg.value(), read);
  if (!source.ok()) return Fail(source.status());
  Result<std::unique_ptr<Output>> out = Output::Open(out_path, /*hold_stdout=*/inputs.strict);
  if (!out.ok()) return Fail(out.status());
  JsonlSink sink(std::move(out.value()));
  const Result<size_t> ran = RunStages(*source.value(), sink, StageOptions{});
  if (ran.ok()) {
    // Every record ingest takes is a return (JSON Lines given to it are returns too).
    std::cerr << "ingest: " << source.value()->totals().files << " files, " << source.value()->totals().taken
              << " returns, " << ran.value() << " comments, " << source.value()->totals().warnings.size()
              << " warnings\n";
  }
  return FinishRun("ingest", ran, *source.value(), sink, inputs);
}

}  // namespace returns::cli
