#include <boost/program_options.hpp>

#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/reports/overview.h"

namespace returns::cli {

int Overview(const std::vector<std::string>& args) {
  InputArgs inputs;
  boost::program_options::options_description options("returns overview FILE... [options]");
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;
  Result<Ingested> ingested = IngestInputs(inputs);
  if (!ingested.ok()) return Fail(ingested.status());
  WriteOverview(CountByQuestion(ingested.value().returns), std::cout);
  return FinishIntake("overview", ingested.value(), inputs);
}

}  // namespace returns::cli
