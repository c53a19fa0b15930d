// libxlsxwriter's calls, through the Excel module (libreturns_xlsx.so,
// xlsx_module.cpp), loaded the first time a workbook is written (xlsx.h,
// corpus/base/module.h). libxlsxwriter brings minizip and OpenSSL's libcrypto
// with it; commands that write no workbook never load them.
//
// The table holds libxlsxwriter's own functions under their own names
// (`x.worksheet_write_string(…)`); xlsxwriter.h gives the types and
// constants. RETURNS_XLSXWRITER_CALLS lists every call the program makes:
// add one there to use it (the ABI number follows the list).
#pragma once

#include <xlsxwriter.h>

#include "corpus/base/module.h"
#include "corpus/base/status.h"

namespace returns {

#define RETURNS_XLSXWRITER_CALLS(X)                                                                              \
  X(workbook_new_opt) X(workbook_set_properties) X(workbook_add_format) X(workbook_add_worksheet)               \
  X(workbook_close) X(format_set_align) X(format_set_bold) X(format_set_text_wrap) X(format_set_bg_color)       \
  X(format_set_bottom) X(format_set_font_size) X(format_set_num_format) X(format_set_italic) X(lxw_strerror)    \
  X(worksheet_set_landscape) X(worksheet_set_paper) X(worksheet_fit_to_pages) X(worksheet_write_string)         \
  X(worksheet_write_number) X(worksheet_set_row) X(worksheet_merge_range) X(worksheet_repeat_rows)              \
  X(worksheet_freeze_panes) X(worksheet_autofilter) X(worksheet_set_column)

struct XlsxCalls {
  int abi = 0;
  RETURNS_XLSXWRITER_CALLS(RETURNS_CALL_FIELD)
};

inline constexpr int kXlsxModuleAbi = CallTableAbi(1, RETURNS_XLSXWRITER_CALLS(RETURNS_CALL_NAME), sizeof(XlsxCalls));

// libxlsxwriter's calls; IOError (module.h) when the Excel module cannot be loaded.
Result<const XlsxCalls*> Libxlsxwriter();

}  // namespace returns

extern "C" const returns::XlsxCalls* returns_xlsx_module();
