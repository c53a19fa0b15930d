#include "index/store/replaced_returns.h"

#include "index/store/document_codec.h"

namespace returns {

std::optional<ReplacedReturn> ReplacedFromAnotherFile(const Xapian::Database& before, const std::string& return_term,
                                                      const CommentRecord& comment) {
  const Xapian::docid first = *before.postlist_begin(return_term);
  const Xapian::Document earlier = before.get_document(first);
  const std::string source_term = SourceTerm(comment);
  if (!source_term.empty()) {
    Xapian::TermIterator t = earlier.termlist_begin();
    t.skip_to(source_term);
    if (t != earlier.termlist_end() && *t == source_term) return std::nullopt;  // the same file, again
  }
  ReplacedReturn r{comment.round, comment.return_key(), comment.source, comment.return_line ? comment.return_line : comment.line, "", 0};
  if (Result<CommentRecord> c = DecodeComment(earlier); c.ok()) {
    r.earlier_source = c.value().source;
    r.earlier_line = c.value().return_line ? c.value().return_line : c.value().line;
  }
  return r;
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
    if (r.earlier_source.empty()) {
      line += "another file";
    } else {
      place(line, r.earlier_source, r.earlier_line);
    }
    out.push_back(std::move(line));
  }
  if (replaced.size() > shown) {
    std::string more = "… and ";
    more += std::to_string(replaced.size() - shown);
    more += " more returns indexed from other files";
    out.push_back(std::move(more));
  }
  return out;
}

}  // namespace returns
