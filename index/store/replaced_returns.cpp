#include "index/store/replaced_returns.h"

#include <filesystem>

#include "index/store/document_codec.h"

namespace returns {

namespace {

// Whether two paths as given name one file: the same text, or, resolved
// against this run's directory, the same file (an absolute path and a
// relative one). A path given relative to another directory in an earlier
// run cannot be told apart from another file of that name.
bool SameFile(const std::string& a, const std::string& b) {
  if (a == b) return true;
  std::error_code ec;
  if (std::filesystem::equivalent(a, b, ec) && !ec) return true;
  // absolute first: weakly_canonical leaves a relative path to no file relative.
  const std::filesystem::path ca = std::filesystem::weakly_canonical(std::filesystem::absolute(a, ec), ec);
  if (ec) return false;
  const std::filesystem::path cb = std::filesystem::weakly_canonical(std::filesystem::absolute(b, ec), ec);
  return !ec && ca == cb;
}

}  // namespace

std::optional<ReplacedReturn> ReplacedFromAnotherFile(const Xapian::Database& before, const std::string& return_term,
                                                      const CommentRecord& comment) {
  const std::string source_term = SourceTerm(comment);
  if (source_term.empty()) return std::nullopt;  // a record with no source: which file it came from is not known
  const Xapian::docid first = *before.postlist_begin(return_term);
  const Xapian::Document earlier = before.get_document(first);
  Xapian::TermIterator t = earlier.termlist_begin();
  t.skip_to(source_term);
  if (t != earlier.termlist_end() && *t == source_term) return std::nullopt;  // the same file, again
  Result<CommentRecord> c = DecodeComment(earlier);
  if (!c.ok() || c.value().source.empty() || SameFile(c.value().source, comment.source)) return std::nullopt;
  return ReplacedReturn{comment.round,
                        comment.return_key(),
                        comment.source,
                        comment.return_line ? comment.return_line : comment.line,
                        c.value().source,
                        c.value().return_line ? c.value().return_line : c.value().line};
}

std::vector<std::string> DescribeReplaced(const std::vector<ReplacedReturn>& replaced, size_t shown) {
  // Built by appending (GCC 12 warns, wrongly, of overlap in a chain of +).
  auto place = [](std::string& out, const std::string& file, int line) {
    out += file;
    if (line) {
      out += ':';
      out += std::to_string(line);
    }
  };
  std::vector<std::string> out;
  for (size_t i = 0; i < replaced.size() && i < shown; ++i) {
    const ReplacedReturn& r = replaced[i];
    std::string line;
    place(line, r.source, r.line);
    line += ": replaced return ";
    line += r.return_id;
    line += " of round ";
    line += r.round;
    line += ", indexed from ";
    place(line, r.earlier_source, r.earlier_line);
    out.push_back(std::move(line));
  }
  if (replaced.size() > shown) {
    const size_t more_n = replaced.size() - shown;
    std::string more = "… and ";
    more += std::to_string(more_n);
    more += more_n == 1 ? " more return replaced that was indexed from another file"
                        : " more returns replaced that were indexed from other files";
    out.push_back(std::move(more));
  }
  return out;
}

}  // namespace returns
