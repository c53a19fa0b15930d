#include "pipeline/writers/xlsx.h"

#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "pipeline/writers/xlsx_calls.h"

namespace returns {
namespace {

constexpr size_t kMaxCellChars = 32767;
constexpr char kCutNote[] = " … [cut: an Excel cell holds 32,767 characters]";

// The first `n` characters (code points) of UTF-8 `text`.
std::string_view FirstChars(std::string_view text, size_t n) {
  size_t chars = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && chars++ == n) return text.substr(0, i);
  }
  return text;
}

size_t CountChars(std::string_view text) {
  size_t chars = 0;
  for (char c : text) chars += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return chars;
}

}  // namespace

Result<std::unique_ptr<WorkbookWriter>> WorkbookWriter::Create(const std::string& title) {
  Result<const XlsxCalls*> calls = Libxlsxwriter();
  if (!calls.ok()) return calls.status();
  std::error_code ec;
  const std::filesystem::path dir = std::filesystem::temp_directory_path(ec);
  if (ec) return Status::IOError("xlsx", "no temporary directory: " + ec.message());
  std::string path = (dir / "returns-XXXXXX.xlsx").string();
  const int fd = mkstemps(path.data(), 5);
  if (fd < 0) return Status::IOError(path, "cannot make a temporary file");
  close(fd);
  std::unique_ptr<WorkbookWriter> book(new WorkbookWriter());
  book->x_ = calls.value();
  book->path_ = path;
  book->title_ = title;
  lxw_workbook_options options = {};
  options.constant_memory = LXW_FALSE;
  book->book_ = book->x_->workbook_new_opt(path.c_str(), &options);
  if (book->book_ == nullptr) return Status::IOError(path, "libxlsxwriter cannot start a workbook");
  lxw_doc_properties properties = {};
  properties.title = book->title_.data();
  properties.author = const_cast<char*>("returns");
  book->x_->workbook_set_properties(book->book_, &properties);

  for (int i = 0; i < 6; ++i) {
    lxw_format* f = book->x_->workbook_add_format(book->book_);
    book->x_->format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    book->formats_[i] = f;
  }
  lxw_format* heading = book->formats_[static_cast<int>(XlsxStyle::kHeading)];
  book->x_->format_set_bold(heading);
  book->x_->format_set_text_wrap(heading);
  book->x_->format_set_bg_color(heading, 0xD9E2F3);
  book->x_->format_set_bottom(heading, LXW_BORDER_THIN);
  lxw_format* title_format = book->formats_[static_cast<int>(XlsxStyle::kTitle)];
  book->x_->format_set_bold(title_format);
  book->x_->format_set_font_size(title_format, 14);
  book->x_->format_set_text_wrap(book->formats_[static_cast<int>(XlsxStyle::kWrap)]);
  book->x_->format_set_num_format(book->formats_[static_cast<int>(XlsxStyle::kPercent)], "0%");
  book->x_->format_set_italic(book->formats_[static_cast<int>(XlsxStyle::kItalic)]);
  return book;
}

WorkbookWriter::~WorkbookWriter() {
  if (book_ != nullptr) {  // not finished: close to free it, and drop the file
    x_->workbook_close(book_);
  }
  if (!path_.empty()) {
    std::error_code ec;
    std::filesystem::remove(path_, ec);
  }
}

lxw_format* WorkbookWriter::Format(XlsxStyle style) const { return formats_[static_cast<int>(style)]; }

void WorkbookWriter::Note(int error, unsigned row) {
  if (error == LXW_NO_ERROR || !status_.ok()) return;
  if (error == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE) {
    status_ = Status::InvalidInput("xlsx", "row " + std::to_string(row + 1) +
                                               " is past the 1,048,576 rows an Excel sheet holds; use --format csv");
  } else {
    status_ = Status::IOError("xlsx", std::string("libxlsxwriter: ") + x_->lxw_strerror(static_cast<lxw_error>(error)));
  }
}

XlsxSheet WorkbookWriter::AddSheet(const std::string& name) {
  std::string clean;
  for (char c : name) {
    if (std::string_view("[]:*?/\\").find(c) == std::string_view::npos) clean += c;
  }
  clean = std::string(FirstChars(clean, 31));
  lxw_worksheet* sheet = x_->workbook_add_worksheet(book_, clean.c_str());
  if (sheet == nullptr && status_.ok()) status_ = Status::Internal("xlsx", "cannot add a sheet named '" + clean + "'");
  if (sheet != nullptr) {  // printed: A4 landscape, as wide as one page
    x_->worksheet_set_landscape(sheet);
    x_->worksheet_set_paper(sheet, 9);
    x_->worksheet_fit_to_pages(sheet, 1, 0);
  }
  layout_.emplace_back();
  return XlsxSheet(this, sheet, layout_.size() - 1);
}

Result<std::string> WorkbookWriter::Finish() {
  const lxw_error closed = x_->workbook_close(book_);
  book_ = nullptr;
  if (!status_.ok()) return status_;
  if (closed != LXW_NO_ERROR) return Status::IOError(path_, std::string("libxlsxwriter: ") + x_->lxw_strerror(closed));
  std::ifstream in(path_, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (!in) return Status::IOError(path_, "cannot read the workbook back");
  return bytes.str();
}

// Lines `text` takes in a column `width` characters wide: each paragraph at
// about 1.1 characters of text to a unit of width (a '0'), rounded up.
static unsigned Lines(std::string_view text, double width) {
  const double per_line = std::max(1.0, width * 1.1);
  unsigned lines = 0;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    lines += std::max(1u, static_cast<unsigned>(std::ceil(static_cast<double>(CountChars(text.substr(start, end - start))) / per_line)));
    start = end + 1;
  }
  return lines;
}

void XlsxSheet::Text(unsigned row, unsigned col, std::string_view text, XlsxStyle style) {
  if (sheet_ == nullptr) return;
  WorkbookWriter::SheetLayout& layout = book_->layout_[index_];
  const bool wrapped_column = col < layout.wrap.size() && layout.wrap[col];
  if (style == XlsxStyle::kPlain && wrapped_column) style = XlsxStyle::kWrap;
  std::string value(text);
  if (CountChars(value) > kMaxCellChars) {
    value = std::string(FirstChars(value, kMaxCellChars - CountChars(kCutNote))) + kCutNote;
    ++book_->cut_cells_;
  }
  // A string cell, whatever it starts with: libxlsxwriter never reads it as a formula.
  book_->Note(book_->x_->worksheet_write_string(sheet_, row, static_cast<lxw_col_t>(col), value.c_str(), book_->Format(style)), row);
  if ((style == XlsxStyle::kWrap || style == XlsxStyle::kHeading) && col < layout.width.size() && layout.width[col] > 0) {
    const unsigned lines = std::min(Lines(value, layout.width[col]), 400u / 15);  // Excel's rows stop at 409 points
    unsigned& most = layout.lines[row];
    if (lines > std::max(most, 1u)) book_->x_->worksheet_set_row(sheet_, row, 15.0 * lines, nullptr);
    most = std::max(most, lines);
  }
}

void XlsxSheet::Number(unsigned row, unsigned col, double value, XlsxStyle style) {
  if (sheet_ == nullptr) return;
  book_->Note(book_->x_->worksheet_write_number(sheet_, row, static_cast<lxw_col_t>(col), value, book_->Format(style)), row);
}

void XlsxSheet::Merged(unsigned row, unsigned first_col, unsigned last_col, std::string_view text, XlsxStyle style) {
  if (sheet_ == nullptr) return;
  if (first_col == last_col) return Text(row, first_col, text, style);
  const std::string value(text);
  book_->Note(book_->x_->worksheet_merge_range(sheet_, row, static_cast<lxw_col_t>(first_col), row, static_cast<lxw_col_t>(last_col),
                                    value.c_str(), book_->Format(style)),
              row);
}

void XlsxSheet::Heading(unsigned row, const std::vector<std::string>& headings) {
  for (size_t c = 0; c < headings.size(); ++c) Text(row, static_cast<unsigned>(c), headings[c], XlsxStyle::kHeading);
  Freeze(row + 1, 0);
  if (sheet_ != nullptr) book_->x_->worksheet_repeat_rows(sheet_, row, row);  // and at the top of every printed page
}

void XlsxSheet::Freeze(unsigned row, unsigned col) {
  if (sheet_ != nullptr) book_->x_->worksheet_freeze_panes(sheet_, row, static_cast<lxw_col_t>(col));
}

void XlsxSheet::Filter(unsigned heading_row, unsigned last_row, unsigned last_col) {
  if (sheet_ == nullptr) return;
  book_->Note(book_->x_->worksheet_autofilter(sheet_, heading_row, 0, std::max(last_row, heading_row), static_cast<lxw_col_t>(last_col)),
              last_row);
}

void XlsxSheet::Width(unsigned first_col, unsigned last_col, double width, bool wrap) {
  if (sheet_ == nullptr) return;
  WorkbookWriter::SheetLayout& layout = book_->layout_[index_];
  if (layout.width.size() <= last_col) {
    layout.width.resize(last_col + 1);
    layout.wrap.resize(last_col + 1);
  }
  for (unsigned c = first_col; c <= last_col; ++c) {
    layout.width[c] = width;
    layout.wrap[c] = wrap;
  }
  book_->x_->worksheet_set_column(sheet_, static_cast<lxw_col_t>(first_col), static_cast<lxw_col_t>(last_col), width,
                       book_->Format(wrap ? XlsxStyle::kWrap : XlsxStyle::kPlain));
}

}  // namespace returns
