// Writing an Excel workbook (.xlsx) with libxlsxwriter (Debian's
// libxlsxwriter-dev): sheets of text and numbers, a heading row that stays
// in view and filters, percentages shown as percentages.
//
//   Result<std::unique_ptr<WorkbookWriter>> book = WorkbookWriter::Create("Themes");
//   XlsxSheet sheet = book.value()->AddSheet("Figures");
//   sheet.Heading(0, {"Theme", "Comments"});
//   sheet.Text(1, 0, "=Moderation");      // a string cell, never a formula
//   sheet.Number(1, 1, 12);
//   Result<std::string> bytes = book.value()->Finish();
//
// Text is always written as a string cell (worksheet_write_string never
// makes a formula), so a name or comment starting with = + - @ stays text;
// numbers are number cells. Excel holds 32,767 characters a cell: longer
// text is cut at a character boundary and says so, and the cut is counted
// (cut_cells()). A sheet holds 1,048,576 rows: more is an error at Finish().
// Sheets print on A4 landscape, one page wide, the heading row on every page.
// A row with wrapped text is made tall enough for it (an estimate from the
// column's width), since not every spreadsheet fits such rows on opening.
// libxlsxwriter writes a file, so the workbook is built in a temporary file
// which Finish() reads back and removes (the caller writes the bytes through
// Output: a file whole or not at all). Not thread-safe.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace returns {

class WorkbookWriter;
struct XlsxCalls;

// Cell looks a sheet can use.
enum class XlsxStyle { kPlain, kHeading, kTitle, kWrap, kPercent, kItalic };

// One sheet of a workbook; a handle, valid while its workbook lives.
class XlsxSheet {
 public:
  void Text(unsigned row, unsigned col, std::string_view text, XlsxStyle style = XlsxStyle::kPlain);
  void Number(unsigned row, unsigned col, double value, XlsxStyle style = XlsxStyle::kPlain);
  // A share (0.4) shown as a percentage (40%); the cell holds the number.
  void Percent(unsigned row, unsigned col, double share) { Number(row, col, share, XlsxStyle::kPercent); }
  // The table's heading row at `row`: bold, shaded, kept in view when
  // scrolling (rows above it too), with filter buttons over `last_row`.
  void Heading(unsigned row, const std::vector<std::string>& headings);
  void Filter(unsigned heading_row, unsigned last_row, unsigned last_col);
  // Text across columns first_col..last_col of `row`, as one cell.
  void Merged(unsigned row, unsigned first_col, unsigned last_col, std::string_view text, XlsxStyle style);
  // Column widths in characters; `wrap` wraps long text.
  void Width(unsigned first_col, unsigned last_col, double width, bool wrap = false);
  // Keeps rows above `row` and columns left of `col` in view.
  void Freeze(unsigned row, unsigned col);

 private:
  friend class WorkbookWriter;
  XlsxSheet(WorkbookWriter* book, lxw_worksheet* sheet, size_t index) : book_(book), sheet_(sheet), index_(index) {}
  WorkbookWriter* book_;
  lxw_worksheet* sheet_;
  size_t index_;  // into the workbook's layout_
};

class WorkbookWriter {
 public:
  // A workbook in a temporary file; `title` is its title property.
  // IOError when no temporary file can be made, or when the Excel module
  // cannot be loaded (xlsx_calls.h).
  static Result<std::unique_ptr<WorkbookWriter>> Create(const std::string& title);
  ~WorkbookWriter();
  WorkbookWriter(const WorkbookWriter&) = delete;
  WorkbookWriter& operator=(const WorkbookWriter&) = delete;

  // A new sheet; `name` is cut to Excel's 31 characters and cleaned of []:*?/\.
  XlsxSheet AddSheet(const std::string& name);

  // The workbook's bytes; the first error any write met, if one did.
  // REQUIRES: called once.
  Result<std::string> Finish();

  // Cells whose text was cut to Excel's limit.
  size_t cut_cells() const { return cut_cells_; }

 private:
  friend class XlsxSheet;
  WorkbookWriter() = default;
  lxw_format* Format(XlsxStyle style) const;
  void Note(int error, unsigned row);

  const XlsxCalls* x_ = nullptr;  // libxlsxwriter, through the Excel module (xlsx_calls.h)
  std::string path_, title_;
  lxw_workbook* book_ = nullptr;
  lxw_format* formats_[6] = {};
  // Per sheet: the width of each column set by Width(), whether its text
  // wraps, and the text lines each row needs so far (its height is set to
  // fit them: not every spreadsheet fits wrapped rows itself on opening).
  struct SheetLayout {
    std::vector<double> width;
    std::vector<bool> wrap;
    std::map<unsigned, unsigned> lines;
  };
  std::vector<SheetLayout> layout_;
  Status status_;
  size_t cut_cells_ = 0;
};

}  // namespace returns
