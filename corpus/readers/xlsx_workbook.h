// The sheets of an Excel workbook (.xlsx, Office Open XML as Excel,
// Microsoft Forms, Google Sheets, LibreOffice, openpyxl and XlsxWriter write
// it) as rows of cell text, each cell as the spreadsheet displays it.
//
//   Result<XlsxWorkbook> book = XlsxWorkbook::Open(bytes, "responses.xlsx");
//   for (size_t i = 0; i < book.value().sheet_names().size(); ++i) {
//     Result<SheetCells> sheet = book.value().ReadSheet(i);
//     … sheet.value().rows[0].cells[2] …   // C of the first row with text
//   }
//
// The zip through libzip (corpus/base/zip_archive.h), the XML through
// pugixml; parts found through their relationships, element names matched
// without their namespace prefix. Cells: shared strings and inline strings
// (rich text runs joined, phonetic runs left out), numbers and dates through
// the cell's number format (number_format.h; the 1904 date system when the
// workbook says so), booleans as TRUE/FALSE, errors as written (#N/A),
// formulas by their cached value. Escaped characters (_x000D_) decoded; line
// breaks as "\n". Text is not checked for UTF-8 here.
//
// `bytes` must outlive the workbook. Not thread-safe; one reader per workbook.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/base/zip_archive.h"
#include "corpus/readers/number_format.h"

namespace returns {

struct SheetRow {
  int number = 0;                  // the row's number in the sheet, from 1
  std::vector<std::string> cells;  // from column A; an absent cell is ""; no empty cells at the end
};

struct SheetCells {
  std::string name;
  std::vector<SheetRow> rows;  // rows with some text, in order
};

class XlsxWorkbook {
 public:
  // InvalidInput naming `where` when the bytes are not a readable workbook
  // (not a zip, damaged, no workbook part, XML that is not well formed).
  static Result<XlsxWorkbook> Open(std::string_view bytes, std::string where);

  // The worksheets' names in the workbook's order (chart sheets left out).
  const std::vector<std::string>& sheet_names() const { return names_; }
  // Whether worksheet `index` is hidden (or "very hidden") in Excel.
  bool hidden(size_t index) const { return hidden_.at(index); }

  // The cells of worksheet `index` (< sheet_names().size()).
  Result<SheetCells> ReadSheet(size_t index) const;

 private:
  XlsxWorkbook(ZipArchive zip, std::string where) : zip_(std::move(zip)), where_(std::move(where)) {}
  Status Load();
  std::string Display(std::string_view type, std::string_view value, size_t style) const;

  ZipArchive zip_;
  std::string where_;
  std::vector<std::string> names_;
  std::vector<std::string> parts_;        // each sheet's part
  std::vector<bool> hidden_;
  std::vector<std::string> strings_;      // the shared strings
  std::vector<std::string> formats_;      // number format code of each cell style
  DateSystem dates_ = DateSystem::k1900;
};

}  // namespace returns
