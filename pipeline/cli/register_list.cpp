// returns register list [--districts | --names] [--register FILE] — what a
// register knows: each collaborative with its district, aliases and lead
// schools (text), or one district or one name (canonical and aliases) per
// line, for scripts and the shell's completion of --district and
// --collaborative.
#include <boost/program_options.hpp>

#include <iostream>
#include <set>

#include "pipeline/cli/cli.h"

namespace po = boost::program_options;

namespace returns::cli {

int RegisterList(const std::vector<std::string>& args) {
  std::string path;
  bool districts = false, names = false;
  po::options_description options("returns register list [options]");
  options.add_options()
      ("districts", po::bool_switch(&districts), "only the districts, one per line")
      ("names", po::bool_switch(&names), "only the names a --collaborative filter takes (canonical and aliases), one per line")
      ("register", po::value(&path), "register to list (CSV); default: the bundled one");
  if (!ParseOptions(args, options, nullptr)) return kExitOk;
  if (districts && names) return Fail(Status::InvalidInput("register list", "--districts or --names, not both"));
  Result<Register> reg = LoadRegister(path.empty() ? Register::DefaultPath() : path);
  if (!reg.ok()) return Fail(reg.status());
  if (districts) {
    std::set<std::string> seen;
    for (const RegisterEntry& e : reg.value().entries()) {
      if (seen.insert(e.district).second) std::cout << e.district << "\n";
    }
    return kExitOk;
  }
  for (const RegisterEntry& e : reg.value().entries()) {
    if (names) {
      for (const std::string& n : e.names) std::cout << n << "\n";
      continue;
    }
    std::cout << e.collaborative << "\n  district: " << e.district << "\n";
    if (e.names.size() > 1) {
      std::cout << "  also:";
      for (size_t i = 1; i < e.names.size(); ++i) std::cout << (i > 1 ? "," : "") << " " << e.names[i];
      std::cout << "\n";
    }
    std::string leads;
    for (const LeadSchool& l : e.lead_schools) {
      if (!l.name.empty()) leads += (leads.empty() ? "" : "; ") + l.name;
    }
    if (!leads.empty()) std::cout << "  lead schools: " << leads << "\n";
  }
  return kExitOk;
}

}  // namespace returns::cli
