// Returns from a PDF file, read by where its words stand (poppler; see
// corpus/base/pdf_words.h):
//
//  - an appendix — a table District | Collaborative | Lead School(s) |
//    <answer>, over any number of pages, with its header row repeated or not —
//    is read by position (placed_table.h, placed_appendix.h): exact whoever
//    the collaboratives are;
//  - any other PDF is read as one return document (return_document.h): its
//    lines, wrapped lines joined back into their paragraphs and indented
//    list items marked as bullets, handed to the return-document reader.
//
// Line numbers count the PDF's text lines from the top of page 1; warnings
// name the page too. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "corpus/base/status.h"
#include "corpus/model/intake.h"
#include "corpus/register/register.h"

namespace returns {

// Fails (unusable) on a file poppler cannot open, a password-protected or
// text-less (scanned) PDF, or a table or document the readers refuse.
Result<IntakeResult> ReadPdfReturns(std::string_view bytes, const std::string& source, const Register& reg);

}  // namespace returns
