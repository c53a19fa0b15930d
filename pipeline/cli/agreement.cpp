#include <boost/program_options.hpp>

#include <iostream>

#include "pipeline/cli/cli.h"
#include "pipeline/reports/agreement_format.h"

namespace po = boost::program_options;

namespace returns::cli {
namespace {

void ListUnmatched(const std::string& side, const std::vector<const CodedComment*>& unmatched, std::ostream& out) {
  if (unmatched.empty()) return;
  out << "unmatched in " << side << " (" << unmatched.size() << "):";
  for (const CodedComment* c : unmatched) out << " " << c->label();
  out << "\n";
}

nlohmann::ordered_json Labels(const std::vector<const CodedComment*>& comments) {
  nlohmann::ordered_json list = nlohmann::ordered_json::array();
  for (const CodedComment* c : comments) list.push_back(c->label());
  return list;
}

}  // namespace

// returns agreement A.jsonl B.jsonl: two codings of the same comments (two
// coders, or a coder and `returns tag` output) matched by id, else by text.
int AgreementCommand(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  std::string format;
  bool show = false;
  po::options_description options("returns agreement A.jsonl B.jsonl [options]");
  options.add_options()
      ("format", po::value(&format)->default_value("text"), "text or json")
      ("show", po::bool_switch(&show), "list every disagreement with its text")
      ("file", po::value(&files), "two codings: JSON Lines with text, themes and optionally id and pending");
  po::positional_options_description positional;
  positional.add("file", -1);
  if (!ParseOptions(args, options, &positional)) return kExitOk;
  if (files.size() != 2) return Fail(Status::InvalidInput("agreement", "give two files: returns agreement A.jsonl B.jsonl"));
  if (format != "text" && format != "json") {
    return Fail(Status::InvalidInput("agreement", "unknown --format '" + format + "' (text or json)"));
  }
  Result<std::vector<CodedComment>> a = ReadCodingFile(files[0], &std::cerr);
  if (!a.ok()) return Fail(a.status());
  Result<std::vector<CodedComment>> b = ReadCodingFile(files[1], &std::cerr);
  if (!b.ok()) return Fail(b.status());
  const Pairing pairing = PairComments(a.value(), b.value());
  if (pairing.pairs.empty()) {
    return Fail(Status::InvalidInput("agreement", "no comment of " + files[0] + " is in " + files[1] +
                                                      " (comments are matched by id, else by text)"));
  }
  // Two codings of the same id with other texts are likely two files' ids colliding, not one comment coded twice.
  {
    auto words = [](const std::string& text) {
      std::string out;
      for (const char ch : text) {
        const bool space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
        if (!space) out += ch;
        else if (!out.empty() && out.back() != ' ') out += ' ';
      }
      if (!out.empty() && out.back() == ' ') out.pop_back();
      return out;
    };
    size_t differ = 0;
    const CodedPair* first = nullptr;
    for (const CodedPair& p : pairing.pairs) {
      if (p.first->id.empty() || p.first->id != p.second->id || words(p.first->text) == words(p.second->text)) continue;
      if (differ++ == 0) first = &p;
    }
    if (differ > 0) {
      std::cerr << "agreement: warning: " << differ
                << (differ == 1 ? " comment matched by id has" : " comments matched by id have")
                << " other texts in the two files (first: " << first->first->id << " at "
                << first->first->where << " and " << first->second->where << "): are they codings of the same comments?\n";
    }
  }
  const Agreement agreement = Compare(pairing.pairs, ThemesOf(pairing.pairs));
  const AgreementStyle style;
  if (format == "json") {
    nlohmann::ordered_json j;
    j["a"] = {{"file", files[0]}, {"comments", a.value().size()}, {"unmatched", Labels(pairing.first_unmatched)}};
    j["b"] = {{"file", files[1]}, {"comments", b.value().size()}, {"unmatched", Labels(pairing.second_unmatched)}};
    j["matched"] = {{"by_id", pairing.by_id}, {"by_text", pairing.by_text}};
    j.update(AgreementJson(agreement, style));
    if (show) j["disagreements"] = DisagreementsJson(agreement, style);
    std::cout << j.dump(2) << "\n";
    return kExitOk;
  }
  std::cout << "A: " << files[0] << " (" << a.value().size() << " comments)\n"
            << "B: " << files[1] << " (" << b.value().size() << " comments)\n"
            << "compared: " << pairing.pairs.size() << " comments, " << pairing.by_id << " matched by id and "
            << pairing.by_text << " by text\n";
  ListUnmatched("A", pairing.first_unmatched, std::cout);
  ListUnmatched("B", pairing.second_unmatched, std::cout);
  std::cout << "\n";
  WriteAgreementTables(agreement, style, std::cout);
  if (show) WriteDisagreements(agreement, style, std::cout);
  return kExitOk;
}

}  // namespace returns::cli
