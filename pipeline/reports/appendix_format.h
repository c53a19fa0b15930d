// Appendix-style quote collections, laid out like the seed appendices: a
// section per question headed by its wording; a table of District |
// Collaborative | Lead school(s) | [Round |] Comments with one row per
// return, grouped by district then collaborative; each comment a quote, its
// heading shown once before the comments under it, its theme matches marked
// (md: **bold**; html: <mark>; docx: the ThemeMatch style). A Round column
// appears when the selection spans rounds. Every comment of the selection
// appears exactly once, in the selection's order.
//
// Word (docx, appendix_docx.cpp): A4 landscape by default, the comments
// column more than half the width, the heading row repeated on every page,
// page numbers, named styles (pipeline/writers/docx.h). Excel (xlsx,
// appendix_xlsx.cpp): one row per comment with every field — question,
// round, district, collaborative, lead schools, ids, position, heading,
// comment, themes, pending, source, line, then the input's other fields.
// Pure functions of their arguments; thread-safe.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "corpus/model/comment_record.h"
#include "pipeline/writers/docx.h"

namespace returns {

enum class AppendixFormat { kMarkdown, kHtml, kCsv, kDocx, kXlsx };

struct AppendixOptions {
  std::vector<std::string> mark_themes;  // themes whose matches are marked; empty: all
  std::string selection;                 // the filters in words, for the title
  DocxPage page;                         // docx: paper and orientation (A4 landscape)
  std::string reference_docx;            // docx: a reference document's bytes, for its styles; empty: ours
  std::string reference_name;            // its file name, for errors
};

// The appendix as the file's bytes, in any format. Fails only for docx and
// xlsx (a reference document that is not one, a workbook too big for Excel).
// REQUIRES: `comments` in appendix order (see Select()).
Result<std::string> AppendixBytes(const std::vector<CommentRecord>& comments, const AppendixOptions& options,
                                  AppendixFormat format);

// Writes the appendix to `out`. For docx and xlsx, a failure sets out's failbit;
// AppendixBytes says why.
void WriteAppendix(const std::vector<CommentRecord>& comments, const AppendixOptions& options, AppendixFormat format,
                   std::ostream& out);

// The html appendix without its page: its heading, counts line and tables,
// for a page that attaches it (a report); kAppendixCss styles it.
void WriteAppendixHtmlBody(const std::vector<CommentRecord>& comments, const AppendixOptions& options,
                           std::ostream& out);
extern const char kAppendixCss[];

// The Word appendix's title, counts line and tables added to `doc`, for a
// document that attaches it (a report). `options.page` and the reference
// document are the caller's to apply.
void AddAppendixDocx(DocxDocument& doc, const std::vector<CommentRecord>& comments, const AppendixOptions& options);

// The Word and Excel appendices (appendix_docx.cpp, appendix_xlsx.cpp).
Result<std::string> AppendixDocx(const std::vector<CommentRecord>& comments, const AppendixOptions& options);
Result<std::string> AppendixXlsx(const std::vector<CommentRecord>& comments, const AppendixOptions& options);

}  // namespace returns
