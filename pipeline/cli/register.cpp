// returns register check FILE… — every name of a batch the register does not
// know, with counts, where, and the nearest entries; exit 0 when all are
// known, 1 when some are not.
// returns register add --collaborative NAME --district D [--lead-school S]…
// [--alias A]… [--note TEXT] [--register FILE] — a new collaborative appended
// to the register (written whole through a temporary file and a rename).
// Without --register only a bundled register the user may edit (a source
// checkout's, $RETURNS_DATA_DIR's) is written; an installed one is refused.
// returns register list: what the register knows (register_list.cpp).
#include <boost/program_options.hpp>

#include <filesystem>

#include <iostream>
#include <map>
#include <sstream>
#include <tuple>

#include <unistd.h>

#include "corpus/base/data_dir.h"
#include "corpus/base/read_file.h"
#include "corpus/base/utf8.h"
#include "corpus/register/district.h"
#include "corpus/register/register_edit.h"
#include "corpus/base/shell_word.h"
#include "pipeline/cli/cli.h"
#include "pipeline/writers/output.h"
#include "pipeline/writers/rejects_jsonl.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

constexpr size_t kPlacesShown = 10;

struct Name {
  const NameFinding* first = nullptr;
  int answered = 0, unanswered = 0;  // returns that write it, with an answer and without ("N/A")
  std::vector<std::string> places;   // file:line of each row or line that writes it, once each
};

// "3 returns", "1 return, 2 without an answer", "no return with an answer (1 without)".
std::string ReturnsCount(const Name& n) {
  std::string out = n.answered == 0   ? std::string("no return with an answer")
                    : n.answered == 1 ? std::string("1 return")
                                      : std::to_string(n.answered) + " returns";
  if (n.unanswered > 0) {
    out += n.answered == 0 ? " (" + std::to_string(n.unanswered) + " without)"
                           : ", " + std::to_string(n.unanswered) + " without an answer";
  }
  return out;
}

// The report on stdout, one block per name, unknown names first. A row of a
// wide table (a Forms export) holds a return per question: its place is listed once.
void Report(const Register& reg, const std::vector<NameFinding>& findings, const std::string& register_option,
            std::ostream& out, int& unknown, int& normalised) {
  std::vector<Name> names;
  std::map<std::tuple<NameFinding::How, NameFinding::Kind, std::string, std::string>, size_t> index;
  for (const NameFinding& f : findings) {
    const auto [it, is_new] = index.emplace(std::make_tuple(f.how, f.kind, f.collaborative, f.written), names.size());
    if (is_new) names.push_back({&f, 0, 0, {}});
    Name& n = names[it->second];
    ++(f.no_answer ? n.unanswered : n.answered);
    std::string place = f.source + ":" + std::to_string(f.line);
    // A row's returns come one after another: its place is the last one listed.
    if (n.places.empty() || n.places.back() != place) n.places.push_back(std::move(place));
  }
  for (NameFinding::How how : {NameFinding::How::kUnknown, NameFinding::How::kNormalised}) {
    for (const Name& n : names) {
      const NameFinding& f = *n.first;
      if (f.how != how) continue;
      (how == NameFinding::How::kUnknown ? unknown : normalised) += 1;
      const std::vector<Suggestion> suggestions =
          how == NameFinding::How::kUnknown ? Suggest(reg, f) : std::vector<Suggestion>{};
      const size_t count = n.places.size();
      out << DescribeFinding(f, suggestions) << " — " << ReturnsCount(n) << "\n  at ";
      for (size_t i = 0; i < count && i < kPlacesShown; ++i) out << (i ? ", " : "") << n.places[i];
      if (count > kPlacesShown) out << " and " << count - kPlacesShown << " more";
      out << "\n";
      if (how == NameFinding::How::kUnknown && f.kind == NameFinding::Kind::kCollaborative && suggestions.empty()) {
        out << "  to add it: returns register add --collaborative " << ShellWord(f.written);
        // A district that is none of the register's would be refused by `register add`.
        const std::string district = CanonicalDistrict(f.district);
        out << " --district " << (district.empty() ? "DISTRICT" : ShellWord(district));
        for (const std::string& l : f.lead_schools) out << " --lead-school " << ShellWord(l);
        if (!register_option.empty()) out << " --register " << ShellWord(register_option);
        else if (IsInstalledData(Register::DefaultPath())) out << " --register FILE";  // add refuses the installed one
        out << "\n";
      }
    }
  }
}

int Check(const std::vector<std::string>& args) {
  InputArgs inputs;
  po::options_description options("returns register check FILE... [options]");
  if (!ParseInputCommand(args, options, inputs)) return kExitOk;
  if (inputs.files.empty()) return Fail(Status::InvalidInput("register check", "no input files"));
  Result<Register> reg = LoadRegister(inputs);
  if (!reg.ok()) return Fail(reg.status());
  SourceOptions read;
  read.records_from_jsonl = false;  // JSON Lines are returns, as ingest reads them
  read.assign_ids = false;
  read.keep_names = true;  // every place of every name, for the report
  Result<std::unique_ptr<RecordSource>> source = OpenSource(inputs, reg.value(), read);
  if (!source.ok()) return Fail(source.status());
  std::vector<CommentRecord> batch;
  while (source.value()->Next(batch, 4096)) {
  }
  if (!source.value()->status().ok()) return Fail(source.value()->status());
  const Ingested& totals = source.value()->totals();
  for (const std::string& w : source.value()->skipped_files()) std::cerr << w << "\n";

  int unknown = 0, normalised = 0;
  Report(reg.value(), totals.names, inputs.register_path, std::cout, unknown, normalised);
  if (inputs.rejects_out) {
    std::ostringstream rejects;
    WriteRejectsJsonl(totals.rejects, rejects);
    if (Status s = inputs.rejects_out->Write(rejects.str()); !s.ok()) return Fail(s);
    if (Status s = inputs.rejects_out->Commit(); !s.ok()) return Fail(s);
  } else {
    for (const Reject& r : totals.rejects) {
      std::cerr << r.source << ":" << r.line << ": rejected: " << r.reason
                << (r.detail.empty() ? "" : " (" + r.detail + ")") << ": its names were not checked\n";
    }
  }
  std::cerr << "register check: " << TotalsLine(totals) << "; " << unknown << (unknown == 1 ? " name" : " names")
            << " unknown, " << normalised << " read by normal form\n";
  return unknown == 0 ? kExitOk : kExitRejected;
}

int Add(const std::vector<std::string>& args) {
  NewCollaborative entry;
  std::string path;
  entry.note = "added with returns register add";
  po::options_description options("returns register add --collaborative NAME --district DISTRICT [options]");
  options.add_options()
      ("collaborative", po::value(&entry.collaborative), "the collaborative's canonical name")
      ("district", po::value(&entry.district), "its district: one of the twelve Kent districts")
      ("lead-school", po::value(&entry.lead_schools), "a lead school, in the order returns list them (repeatable)")
      ("alias", po::value(&entry.aliases), "another name returns write it as (repeatable)")
      ("note", po::value(&entry.note), "where the identification comes from")
      ("register", po::value(&path), "register to add to (CSV; a new file starts as a copy of the bundled one); "
                                     "required when the program is installed");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (entry.collaborative.empty() || entry.district.empty()) {
    return Fail(Status::InvalidInput("register add", "--collaborative NAME and --district DISTRICT are required"));
  }
  if (path.empty()) {
    // The bundled register of an installed program is its data, not the
    // officer's file: edited in place it would change for every user and be
    // overwritten by the next upgrade. Only a copy the user owns (a source
    // checkout, $RETURNS_DATA_DIR) is edited without --register.
    path = Register::DefaultPath();
    if (IsInstalledData(path) || access(path.c_str(), W_OK) != 0) {
      return Fail(Status::InvalidInput(
          "register add", "give --register FILE: the bundled register " + path +
                              " is the installed program's (not yours to edit); a FILE that does not exist yet "
                              "starts as a copy of it, and later runs read it with --register FILE"));
    }
  }
  // A --register FILE that does not exist yet starts as the bundled register:
  // an officer's own copy, the bundled one left as installed.
  std::error_code ec;
  const bool fresh = !std::filesystem::exists(path, ec);
  Result<std::string> text = ReadWholeFile(fresh ? Register::DefaultPath() : path);
  if (!text.ok()) return Fail(Status::InvalidInput(path, "cannot open the register of collaboratives"));
  if (Status s = CheckUtf8(text.value(), path); !s.ok()) return Fail(s);
  entry.collaborative = ToNfc(entry.collaborative);
  for (std::string& l : entry.lead_schools) l = ToNfc(l);
  for (std::string& a : entry.aliases) a = ToNfc(a);
  Result<std::string> updated = AppendCollaborative(text.value(), path, entry);
  if (!updated.ok()) return Fail(updated.status());
  Result<std::unique_ptr<Output>> out = Output::Open(path);
  if (!out.ok()) return Fail(out.status());
  if (Status s = out.value()->Write(updated.value()); !s.ok()) return Fail(s);
  if (Status s = out.value()->Commit(); !s.ok()) return Fail(s);
  std::cerr << "register add: '" << entry.collaborative << "' (" << entry.district << ") added to " << path
            << (fresh ? " (a new register: the bundled one and this)" : "") << "\n";
  return kExitOk;
}

}  // namespace

int RegisterCommand(const std::vector<std::string>& args) {
  const std::string usage = "usage: returns register check FILE... | returns register add --collaborative NAME --district D | returns register list";
  if (args.empty()) return Fail(Status::InvalidInput("register", usage));
  const std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "check") return Check(rest);
  if (args[0] == "add") return Add(rest);
  if (args[0] == "list") return RegisterList(rest);
  if (args[0] == "--help" || args[0] == "-h") {
    std::cout << usage << "\n";
    return kExitOk;
  }
  return Fail(Status::InvalidInput("register", "unknown subcommand '" + args[0] + "'; " + usage));
}

}  // namespace returns::cli
