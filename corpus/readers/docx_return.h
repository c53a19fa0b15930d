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
// - the answer: each paragraph a comment of its own — a list paragraph
//   (Word bullets and numbering, List Bullet, List Paragraph) like a
//   Markdown bullet, any other never carried on from the paragraph before,
//   whatever its first letter ("iPads were …" after a paragraph with no full
//   stop) — and a paragraph in a Heading style that is no question a heading
//   over the paragraphs after it ("Next steps"); a soft line break
//   (Shift+Enter) starts a new line, read as typed lines are.
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
// blank line after each paragraph, each paragraph's first line marked as
// starting one (LineStart: a paragraph, or a heading), so each is a comment
// or heading of its own. Fails (unusable), naming `source`, when the bytes are
// not a readable Word document — not a zip (an old .doc, a password-
// protected file), damaged or cut short, no word/document.xml, bad XML.
Result<std::vector<DocumentLine>> DocxReturnLines(std::string_view bytes, const std::string& source);

// The returns of a .docx return document: DocxReturnLines read by
// ReadReturnDocumentLines.
Result<IntakeResult> ReadDocxReturn(std::string_view bytes, const std::string& source, const Register& reg);

}  // namespace returns
