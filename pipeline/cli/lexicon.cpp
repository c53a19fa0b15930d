#include <boost/program_options.hpp>

#include <filesystem>
#include <iostream>
#include <set>

#include "corpus/base/data_dir.h"
#include "lexicon/tools/check.h"
#include "lexicon/codebook/load_lexicon.h"
#include "pipeline/cli/cli.h"
#include "pipeline/cli/help.h"

namespace po = boost::program_options;

namespace returns::cli {

int LexiconSuggest(const std::vector<std::string>& args);  // lexicon_suggest.cpp

namespace {

std::string BundledCorpus() {
  return DataPath("corpus/kent-2013");
}

// Warnings for the rules of `lexicon` that fire on no comment of the corpus
// the inputs name, counted into `warnings`; for the bundled corpus (no
// --corpus given: `listed` false), one note with their number instead — a
// rule written for new words need not fire on the 2013 appendices, and a
// list of hundreds buried the problems above it. Fails when the corpus
// cannot be read.
Status RulesNeverFiring(const Lexicon& lexicon, const Matcher& matcher, InputArgs& inputs, bool listed, int& warnings) {
  Result<Register> reg = LoadRegister(inputs);
  if (!reg.ok()) return reg.status();
  Result<std::unique_ptr<RecordSource>> source = OpenSource(inputs, reg.value(), SourceOptions{});
  if (!source.ok()) return source.status();
  std::set<std::string> fired;
  std::vector<CommentRecord> batch;
  while (source.value()->Next(batch, 4096)) {
    for (const CommentRecord& r : batch) {
      for (const std::string& rule : matcher.RulesFired(r.text, r.question)) fired.insert(rule);
    }
  }
  if (!source.value()->status().ok()) return source.value()->status();
  std::string corpus;
  for (const std::string& f : inputs.files) corpus += (corpus.empty() ? "" : ", ") + f;
  const Ingested& totals = source.value()->totals();
  for (const std::string& w : totals.warnings) std::cerr << w << "\n";
  if (!totals.rejects.empty()) {
    std::cerr << "lexicon check: " << corpus << ": " << totals.rejects.size()
              << (totals.rejects.size() == 1 ? " record" : " records") << " rejected and not tried (see 'returns ingest')\n";
  }
  size_t rules = 0, silent = 0;
  for (const Theme& t : lexicon.themes) {
    for (const Rule& rule : t.rules) {
      ++rules;
      if (fired.count(RuleName(rule))) continue;
      ++silent;
      if (!listed) continue;
      std::cerr << lexicon.source << ":" << rule.line << ": warning: rule '" << RuleName(rule) << "' of theme '" << t.id
                << "' never fires on " << corpus << "\n";
      ++warnings;
    }
  }
  if (!listed && silent > 0) {
    std::cerr << "lexicon check: note: " << silent << " of the file's " << rules << " rules never fire on the bundled corpus ("
              << corpus << "); --corpus PATH lists those that never fire on your own returns\n";
  }
  return Status::OK();
}

}  // namespace

// returns lexicon check FILE [--corpus PATH]... [intake options]: every
// problem of FILE as file:line on stderr; warnings for its rules that never
// fire on the corpus. Exit 2 on errors.
int LexiconCheck(const std::vector<std::string>& args) {
  std::string path;
  InputArgs inputs;
  po::options_description options("returns lexicon check FILE [--corpus PATH]... [options]");
  options.add_options()
      ("corpus", po::value(&inputs.files), "returns to try the rules on, in any intake format; repeatable; each rule "
                                           "that never fires is listed (default: the bundled corpus, only counted)")
      ("file", po::value(&path), "lexicon: .yaml, LIWC .dic or WordStat .cat");
  AddIntakeOptions(options, inputs, false);
  po::positional_options_description positional;
  positional.add("file", 1);
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  if (path.empty()) return Fail(Status::InvalidInput("lexicon check", "no lexicon file"));
  const bool listed = !inputs.files.empty();
  if (!listed) inputs.files = {BundledCorpus()};

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
    } else if (Status s = RulesNeverFiring(lexicon.value(), matcher.value(), inputs, listed, warnings); !s.ok()) {
      return Fail(s);
    }
  }
  std::cerr << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning\n" : " warnings\n");
  return errors ? kExitUnusable : kExitOk;
}

// returns lexicon check|suggest …
int LexiconCommand(const std::vector<std::string>& args) {
  const std::vector<std::string> rest(args.empty() ? args.end() : args.begin() + 1, args.end());
  if (!args.empty() && args[0] == "check") return LexiconCheck(rest);
  if (!args.empty() && args[0] == "suggest") return LexiconSuggest(rest);
  // returns lexicon --help (and returns help lexicon): the two, each with its help's line.
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << "usage: returns lexicon check FILE [options] | returns lexicon suggest --gold FILE [options]\n\n";
    for (const char* sub : {"lexicon check", "lexicon suggest"}) {
      if (const CommandHelp* h = FindCommandHelp(sub)) std::cout << "  " << h->command << ": " << h->purpose << "\n";
    }
    std::cout << "\nRun 'returns help lexicon check' or 'returns help lexicon suggest' for their options and examples.\n";
    return kExitOk;
  }
  return Fail(Status::InvalidInput(
      "lexicon", "usage: returns lexicon check FILE [--corpus PATH] | returns lexicon suggest --gold FILE [--lexicon FILE]"));
}

}  // namespace returns::cli
