// The ingest stage: input files in, returns out, with every warning kept.
// Files are read in the order given; a directory is read recursively in
// sorted order. Return ids are made unique across the batch ("-2", "-3"…
// with a warning) so that no return overwrites another downstream.
// Stateless apart from its arguments; thread-safe.
#pragma once

#include <string>
#include <vector>

#include "corpus/model.h"
#include "corpus/register.h"
#include "corpus/status.h"

namespace returns {

enum class InputFormat { kAppendix };

struct IngestOptions {
  InputFormat format = InputFormat::kAppendix;  // only the appendix reader exists so far
};

struct Ingested {
  std::vector<Return> returns;
  std::vector<std::string> warnings;
  int files = 0;
};

// Fails at the first unusable file, naming it and the problem.
Result<Ingested> IngestFiles(const std::vector<std::string>& paths, const Register& reg,
                             const IngestOptions& options = {});

}  // namespace returns
