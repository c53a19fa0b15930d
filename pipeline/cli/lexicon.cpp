#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>
#include <set>

#include "corpus/base/data_dir.h"
#include "lexicon/tools/check.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/cli/cli.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

std::string BundledCorpus() {
  return DataPath("corpus/kent-2013");
}

}  // namespace

// returns lexicon check FILE [--corpus DIR]: every problem as file:line on
// stderr; warnings for rules that never fire on the corpus. Exit 2 on errors.
int LexiconCommand(const std::vector<std::string>& args) {
  if (args.empty() || args[0] != "check") {
    return Fail(Status::InvalidInput("lexicon", "usage: returns lexicon check FILE [--corpus DIR]"));
  }
  std::string path, corpus;
  po::options_description options("returns lexicon check FILE [options]");
  options.add_options()
      ("corpus", po::value(&corpus), "returns to try the rules on; default: the bundled corpus")
      ("file", po::value(&path), "lexicon: .yaml, LIWC .dic or WordStat .cat");
  po::positional_options_description positional;
  positional.add("file", 1);
  if (!ParseOptions(std::vector<std::string>(args.begin() + 1, args.end()), options, &positional)) return kExitOk;
  if (path.empty()) return Fail(Status::InvalidInput("lexicon check", "no lexicon file"));

  Result<Lexicon> lexicon = LoadLexicon(path);
  if (!lexicon.ok()) {
    std::cerr << lexicon.status().ToString() << "\n1 error\n";
    return kExitUnusable;
  }
  int errors = 0, warnings = 0;
  for (const std::string& w : lexicon.value().warnings) {
    std::cerr << w << "\n";
    ++warnings;
  }
  for (const LexiconProblem& p : CheckLexicon(lexicon.value())) {
    std::cerr << p.message << "\n";
    (p.error ? errors : warnings) += 1;
  }
  if (errors == 0) {
    Result<Matcher> matcher = Matcher::Compile(lexicon.value());
    if (!matcher.ok()) {
      std::cerr << matcher.status().ToString() << "\n";
      ++errors;
    } else {
      InputArgs inputs;
      inputs.files = {corpus.empty() ? BundledCorpus() : corpus};
      Result<Register> reg = LoadRegister(inputs);
      if (!reg.ok()) return Fail(reg.status());
      Result<std::unique_ptr<RecordSource>> source = OpenSource(inputs, reg.value(), SourceOptions{});
      if (!source.ok()) return Fail(source.status());
      std::set<std::string> fired;
      std::vector<CommentRecord> batch;
      while (source.value()->Next(batch, 4096)) {
        for (const CommentRecord& r : batch) {
          for (const std::string& rule : matcher.value().RulesFired(r.text, r.question)) fired.insert(rule);
        }
      }
      if (!source.value()->status().ok()) return Fail(source.value()->status());
      for (const Theme& t : lexicon.value().themes) {
        for (const Rule& rule : t.rules) {
          if (fired.count(RuleName(rule))) continue;
          std::cerr << path << ":" << rule.line << ": warning: rule '" << RuleName(rule) << "' of theme '" << t.id
                    << "' never fires on " << inputs.files.front() << "\n";
          ++warnings;
        }
      }
    }
  }
  std::cerr << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning\n" : " warnings\n");
  return errors ? kExitUnusable : kExitOk;
}

}  // namespace returns::cli
