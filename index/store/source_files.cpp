#include "index/store/source_files.h"

#include <cstdio>
#include <filesystem>
#include <system_error>

#include "corpus/base/utf8.h"
#include "index/store/schema.h"
#include "index/store/stable_hash.h"

namespace returns {

std::string ResolvedFile(const std::string& source) {
  namespace fs = std::filesystem;
  if (source.empty() || source == "-") return {};
  std::error_code ec;
  // absolute first: weakly_canonical leaves a relative path to nothing relative.
  const fs::path file = fs::weakly_canonical(fs::absolute(source, ec), ec);
  if (ec || !fs::is_regular_file(file, ec) || ec) return {};
  return file.string();
}

std::string SourceFileKey(const std::string& source_term) {
  char hashed[24];
  std::snprintf(hashed, sizeof hashed, "#%016llx", static_cast<unsigned long long>(StableHash(source_term)));
  return std::string(schema::kSourceFileKeyPrefix) + hashed;
}

Status SourceFileConflict(const std::string& source, const std::string& round, unsigned long comments,
                          const std::string& earlier_file, const std::string& file) {
  // Built by appending (GCC 12 warns, wrongly, of overlap in a chain of +).
  std::string m = "round ";
  m += round;
  m += " holds ";
  m += std::to_string(comments);
  m += comments == 1 ? " comment" : " comments";
  m += " indexed under this name from another file, ";
  m += ShowInvalidBytes(earlier_file);
  m += ", which this one (";
  m += ShowInvalidBytes(file);
  m += ") would replace. Give the two files paths that tell them apart (run index from a folder above both), "
       "or, if this file replaces that one, move that one away first";
  return Status::InvalidInput(ShowInvalidBytes(source), m);
}

std::vector<std::string> DescribeReplacedFiles(const std::vector<ReplacedFile>& replaced) {
  std::vector<std::string> out;
  for (const ReplacedFile& r : replaced) {
    std::string line = ShowInvalidBytes(r.source);
    line += ": replaced ";
    line += std::to_string(r.comments);
    line += r.comments == 1 ? " comment" : " comments";
    line += " of round ";
    line += r.round;
    line += " read from ";
    line += ShowInvalidBytes(r.earlier_file);
    line += ", which is no longer there, with this run's ";
    line += ShowInvalidBytes(r.file);
    out.push_back(std::move(line));
  }
  return out;
}

}  // namespace returns
