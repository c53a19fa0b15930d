#include "pipeline/writers/tagged_xlsx_sink.h"

namespace returns {
namespace {

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : "; ") + s;
  return out;
}

constexpr unsigned kMaxRow = 1048575;  // Excel's last row, 0-based

}  // namespace

Result<std::unique_ptr<TaggedXlsxSink>> TaggedXlsxSink::Open(std::unique_ptr<Output> out) {
  Result<std::unique_ptr<WorkbookWriter>> book = WorkbookWriter::Create("Tagged comments");
  if (!book.ok()) return book.status();
  return std::unique_ptr<TaggedXlsxSink>(new TaggedXlsxSink(std::move(out), std::move(book).value()));
}

TaggedXlsxSink::TaggedXlsxSink(std::unique_ptr<Output> out, std::unique_ptr<WorkbookWriter> book)
    : out_(std::move(out)), book_(std::move(book)), sheet_(book_->AddSheet("Tagged comments")) {
  sheet_.Width(0, 0, 30);
  sheet_.Width(1, 1, 9);
  sheet_.Width(2, 3, 18, /*wrap=*/true);
  sheet_.Width(4, 5, 9);
  sheet_.Width(6, 6, 24, /*wrap=*/true);
  sheet_.Width(7, 7, 80, /*wrap=*/true);
  sheet_.Width(8, 9, 24, /*wrap=*/true);
  sheet_.Width(10, 10, 30, /*wrap=*/true);
  sheet_.Heading(0, {"Id", "Round", "District", "Collaborative", "Question", "Position", "Heading", "Comment", "Themes",
                     "Pending", "Matches"});
}

Status TaggedXlsxSink::Write(const std::vector<CommentRecord>& batch, int /*jobs*/) {
  for (const CommentRecord& r : batch) {
    if (row_ >= kMaxRow) {
      return Status::InvalidInput(out_->name(), "more records than an Excel sheet holds (1,048,575); use --format csv");
    }
    ++row_;
    const Tagging& t = r.tagging();
    std::string matches;
    for (const ThemeMatch& m : t.matches) {
      matches += (matches.empty() ? "" : "; ") + m.theme + "@" + std::to_string(m.start) + "-" + std::to_string(m.end);
    }
    sheet_.Text(row_, 0, r.id);
    sheet_.Text(row_, 1, r.round);
    sheet_.Text(row_, 2, r.district);
    sheet_.Text(row_, 3, r.collaborative_name());
    if (r.question) sheet_.Number(row_, 4, r.question);
    if (r.position) sheet_.Number(row_, 5, r.position);
    sheet_.Text(row_, 6, r.heading.value_or(""));
    sheet_.Text(row_, 7, r.text);
    sheet_.Text(row_, 8, Joined(t.themes));
    sheet_.Text(row_, 9, Joined(t.pending));
    sheet_.Text(row_, 10, matches);
  }
  return Status::OK();
}

Status TaggedXlsxSink::Finish() {
  sheet_.Filter(0, row_, 10);
  Result<std::string> bytes = book_->Finish();
  if (!bytes.ok()) return bytes.status();
  if (Status s = out_->Write(bytes.value()); !s.ok()) return s;
  return out_->Commit();
}

}  // namespace returns
