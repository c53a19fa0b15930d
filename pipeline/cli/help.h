// What `--help` prints: a command's purpose, its usage, its options grouped
// (input, filters, output, other) with their defaults, wrapped at words to the
// terminal's width, and examples an officer can run from the project
// directory on the bundled corpus (after scripts/run has built
// out/kent-2013/db). `search --help` and `returns help query` add the query
// syntax. Options that are positional arguments under the hood (`--query`,
// `--file`) and options for benchmarks (`--queries`) are not shown.
//
// The purposes and examples live in one table (help.cpp), found by the
// usage line every command gives its options ("returns lexicon check FILE…":
// command "lexicon check"); tests/pipeline/cli/help_test.sh runs every example.
// Pure but for the terminal width read from stdout; thread-compatible.
#pragma once

#include <boost/program_options.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace returns::cli {

struct CommandHelp {
  std::string_view command;  // "search", "lexicon check"
  std::string_view purpose;  // one line
  std::vector<std::string_view> examples;
};

// The table's entry for a command, or null.
const CommandHelp* FindCommandHelp(std::string_view command);

// Every entry, in the order of `returns --help`.
const std::vector<CommandHelp>& AllCommandHelp();

// The whole help of a command whose options (caption: its usage line) and
// positional arguments are given.
std::string FormatHelp(const boost::program_options::options_description& options,
                       const boost::program_options::positional_options_description* positional);

// The query syntax, as `returns help query` prints it.
std::string QuerySyntaxHelp();

}  // namespace returns::cli
