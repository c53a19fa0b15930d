// A single return document written in Word (.docx): the Word twin of the
// text and Markdown return documents (return_document.h), read the same way
// once its paragraphs (docx_paragraphs.h) are turned into lines:
//
// - the details as lines ("District: Dover") or in a table — a row per
//   detail (District | Dover) or a header row (District | Collaborative |
//   Lead school(s)) over a row of values; a cell's several paragraphs or
//   lines are several lead schools;
// - each question as a heading: a numbered line ("1. What activity …"),
//   "Q2", "Question 2", the wording, or a Heading-style paragraph holding
//   any of these or only the number ("2"); in a table too (the question in
//   one cell, its answer in the next);
// - the answer: each list paragraph (Word bullets and numbering, List
//   Bullet, List Paragraph) a comment of its own, like a Markdown bullet;
//   other paragraphs as typed lines, a soft line break (Shift+Enter)
//   starting a new line.
//
// A record's line is its paragraph number (docx_paragraphs.h says what is
// counted). Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"
#include "corpus/model/intake.h"
#include "corpus/readers/return_document.h"
#include "corpus/register/register.h"

namespace returns {

// True when `bytes` are a zip archive holding word/document.xml.
bool LooksLikeDocx(std::string_view bytes);

// The document as the numbered lines the return-document reader reads: a
// blank line after each paragraph, so each is a comment of its own (a line
// starting in lower case still carries on the paragraph before, as in any
// return document). Fails (unusable), naming `source`, when the bytes are
// not a readable Word document — not a zip (an old .doc, a password-
// protected file), damaged or cut short, no word/document.xml, bad XML.
Result<std::vector<DocumentLine>> DocxReturnLines(std::string_view bytes, const std::string& source);

// The returns of a .docx return document: DocxReturnLines read by
// ReadReturnDocumentLines.
Result<IntakeResult> ReadDocxReturn(std::string_view bytes, const std::string& source, const Register& reg);

}  // namespace returns
