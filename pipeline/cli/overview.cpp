#include <boost/program_options.hpp>

#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/reports/overview.h"
#include "pipeline/stages/run.h"

namespace returns::cli {

int Overview(const std::vector<std::string>& args) {
  InputArgs inputs;
  boost::program_options::options_description options("returns overview FILE... [options]");
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;
  if (inputs.files.empty()) return Fail(Status::InvalidInput("no input files"));
  Result<Register> reg = LoadRegister(inputs);
  if (!reg.ok()) return Fail(reg.status());
  SourceOptions read;
  read.records_from_jsonl = false;
  Result<std::unique_ptr<RecordSource>> source = OpenSource(inputs, reg.value(), read);
  if (!source.ok()) return Fail(source.status());
  QuestionCounter counter;
  const Result<size_t> ran = RunStages(*source.value(), counter, StageOptions{});
  // Under --strict with rejects the table is not printed: its counts would not be the batch's.
  return FinishRun("overview", ran, *source.value(), counter, inputs,
                   [&] { WriteOverview(counter.counts(), std::cout); });
}

}  // namespace returns::cli
