#include "corpus/readers/xlsx_returns.h"

#include <utility>
#include <vector>

#include "corpus/readers/table_returns.h"
#include "corpus/readers/xlsx_workbook.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

// How far down a sheet its header row may be (below a title).
constexpr size_t kHeaderSearchRows = 10;

std::string Quoted(const std::string& s) { return "'" + s + "'"; }

std::string SheetList(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& n : names) out += (out.empty() ? "" : ", ") + Quoted(n);
  return out;
}

TableRow AsTableRow(const SheetRow& row) {
  TableRow out;
  out.line = row.number;
  out.cells = row.cells;
  out.cell_lines.assign(row.cells.size(), row.number);
  return out;
}

// The index of the header among the sheet's rows: the first that names
// returns within the first rows, else the first.
size_t HeaderIndex(const SheetCells& sheet, const ColumnMap& columns, bool& names_returns) {
  for (size_t i = 0; i < sheet.rows.size() && i < kHeaderSearchRows; ++i) {
    if (HeaderNamesReturns(AsTableRow(sheet.rows[i]), columns)) {
      names_returns = true;
      return i;
    }
  }
  names_returns = false;
  return 0;
}

Result<IntakeResult> ReadSheet(const SheetCells& sheet, size_t header, const std::string& source,
                               const ColumnMap& columns, const Register& reg) {
  Table table;
  table.source = source;
  table.part = "sheet " + Quoted(sheet.name);
  table.separator = '\t';
  table.breaks = CellBreaks::kInCell;
  const size_t width = sheet.rows[header].cells.size();
  for (size_t i = header; i < sheet.rows.size(); ++i) {
    TableRow row = AsTableRow(sheet.rows[i]);
    // A sparse row is as wide as the header; a longer one keeps its extra cells (and is rejected).
    if (row.cells.size() < width) {
      row.cells.resize(width);
      row.cell_lines.resize(width, row.line);
    }
    table.rows.push_back(std::move(row));
  }
  Result<IntakeResult> read = ReadTableReturns(table, columns, reg);
  if (read.ok() && header > 0) {
    read.value().warnings.insert(
        read.value().warnings.begin(),
        source + ":" + std::to_string(sheet.rows[0].number) + ": warning: " + table.part + ": row" +
            (header > 1 ? "s " + std::to_string(sheet.rows[0].number) + "–" : " ") +
            std::to_string(sheet.rows[header - 1].number) + " above the header (row " +
            std::to_string(sheet.rows[header].number) + ") taken as a title, not read");
  }
  return read;
}

}  // namespace

Result<IntakeResult> ReadXlsxReturns(std::string_view bytes, const std::string& source, const std::string& sheet,
                                     const ColumnMap& columns, const Register& reg) {
  Result<XlsxWorkbook> book = XlsxWorkbook::Open(bytes, source);
  if (!book.ok()) return book.status();
  const std::vector<std::string>& names = book.value().sheet_names();
  if (names.empty()) return Status::InvalidInput(source, "the workbook has no worksheets");

  if (!sheet.empty()) {
    for (size_t i = 0; i < names.size(); ++i) {
      if (AsciiKey(names[i], ' ') != AsciiKey(sheet, ' ') && names[i] != sheet) continue;
      Result<SheetCells> cells = book.value().ReadSheet(i);
      if (!cells.ok()) return cells.status();
      if (cells.value().rows.empty()) return Status::InvalidInput(source, "sheet " + Quoted(names[i]) + " is empty");
      bool names_returns = false;
      const size_t header = HeaderIndex(cells.value(), columns, names_returns);
      return ReadSheet(cells.value(), header, source, columns, reg);
    }
    return Status::InvalidInput(source, "no sheet named " + Quoted(sheet) + " (the sheets are " + SheetList(names) + ")");
  }

  std::vector<SheetCells> with_rows;
  for (size_t i = 0; i < names.size(); ++i) {
    if (book.value().hidden(i)) continue;  // what Excel does not show is read only when named
    Result<SheetCells> cells = book.value().ReadSheet(i);
    if (!cells.ok()) return cells.status();
    if (cells.value().rows.empty()) continue;
    bool names_returns = false;
    const size_t header = HeaderIndex(cells.value(), columns, names_returns);
    if (names_returns) return ReadSheet(cells.value(), header, source, columns, reg);
    with_rows.push_back(std::move(cells.value()));
  }
  if (with_rows.empty()) return Status::InvalidInput(source, "every sheet is empty (" + SheetList(names) + ")");
  // One sheet of data: its header's problem is the one to tell.
  if (with_rows.size() == 1) return ReadSheet(with_rows[0], 0, source, columns, reg);
  return Status::InvalidInput(source, "no sheet has a header row naming a collaborative column and answers (sheets " +
                                          SheetList(names) +
                                          "); choose one with --sheet NAME, and name its columns with --columns");
}

}  // namespace returns
