#include "corpus/readers/pdf_returns.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "corpus/base/pdf_words.h"
#include "corpus/readers/placed_appendix.h"
#include "corpus/readers/placed_table.h"
#include "corpus/readers/placed_text.h"
#include "corpus/readers/return_document.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

// A two-cell line whose first cell names a detail ("District   Dover", a
// details table) is written as the detail line the document reader knows.
std::string DetailLine(const PlacedLine& l, double cell_gap) {
  size_t split = 0;
  for (size_t k = 1; k < l.words.size(); ++k) {
    if (l.words[k].left - l.words[k - 1].right < cell_gap) continue;
    if (split) return {};  // three cells or more
    split = k;
  }
  if (!split) return {};
  std::string key, value;
  for (size_t k = 0; k < l.words.size(); ++k) (k < split ? key : value) += (k == 0 || k == split ? "" : " ") + l.words[k].text;
  static const std::set<std::string> kKeys = {"district", "area", "collaborative", "collaboration", "partnership",
                                              "cluster", "collaborative name", "lead school", "lead schools",
                                              "lead school s", "lead"};
  if (!kKeys.count(AsciiKey(key, ' ')) || key.back() == ':') return {};
  return key + ": " + value;
}

// The document's lines as its writer ended them, in the Markdown the
// return-document reader knows: a line that ran to the text's right edge
// joins the next; space above opens a paragraph; a line set larger than the
// text is a heading ("## "); an indented line not carried on from above, or
// one after a drawn bullet, is a list item ("- ").
std::string DocumentText(const PlacedText& text) {
  std::vector<size_t> running = RunningLines(text);
  std::vector<const PlacedLine*> lines;
  for (size_t i = 0; i < text.lines.size(); ++i) {
    if (!std::binary_search(running.begin(), running.end(), i)) lines.push_back(&text.lines[i]);
  }
  if (lines.empty()) return {};
  double left = lines.front()->words.front().left, right = 0;
  for (const PlacedLine* l : lines) {
    left = std::min(left, l->words.front().left);
    right = std::max(right, l->words.back().right);
  }
  std::vector<double> heights;
  for (const PlacedLine* l : lines) heights.push_back(l->bottom - l->top);
  std::nth_element(heights.begin(), heights.begin() + static_cast<long>(heights.size() / 2), heights.end());
  const double body_height = heights[heights.size() / 2];
  auto height = [](const PlacedLine& l) { return l.bottom - l.top; };
  // Whether `below` carries on the line above it by its place: text of one
  // size, no drawn mark, and the above line ran so far that below's first
  // word would not have fitted on it (so its writer did not end it).
  auto runs_on = [&](const PlacedLine& above, const PlacedLine& below) {
    const PlacedWord& first = below.words.front();
    return std::abs(height(above) - height(below)) < 0.1 * body_height && !first.mark_before &&
           above.words.back().right + text.space + (first.right - first.left) > right - 0.5;
  };
  // The gap between a paragraph's lines, for each size of text (a form's
  // small print and its answers are spaced apart differently): the median of
  // the gaps below lines that ran on (so inside a paragraph) of that size;
  // where none ran on, the median of all the gaps of that size. The median of
  // every gap was the paragraph gap in a return of short answers and lists,
  // so no paragraph was seen and a question ran into the list item above it.
  std::map<long, std::vector<double>> run_on_gaps, size_gaps;
  auto size_of = [&](const PlacedLine& l) { return std::lround(height(l) * 4); };  // quarter points
  for (size_t k = 1; k < lines.size(); ++k) {
    const PlacedLine &above = *lines[k - 1], &l = *lines[k];
    if (above.page != l.page || std::abs(height(above) - height(l)) >= 0.1 * body_height) continue;
    const double gap = l.top - above.bottom;  // below zero where line boxes overlap
    size_gaps[size_of(l)].push_back(gap);
    if (runs_on(above, l)) run_on_gaps[size_of(l)].push_back(gap);
  }
  auto median = [](std::vector<double> v) {
    std::nth_element(v.begin(), v.begin() + static_cast<long>(v.size() / 2), v.end());
    return v[v.size() / 2];
  };
  auto normal_gap = [&](const PlacedLine& l) {
    const long size = size_of(l);
    if (const auto r = run_on_gaps.find(size); r != run_on_gaps.end()) return median(r->second);
    if (const auto g = size_gaps.find(size); g != size_gaps.end()) return median(g->second);
    return 0.0;
  };
  std::string out;
  for (size_t k = 0; k < lines.size(); ++k) {
    const PlacedLine& l = *lines[k];
    const PlacedWord& first = l.words.front();
    bool carried = false, paragraph = false;
    if (k > 0) {
      const PlacedLine& above = *lines[k - 1];
      paragraph = above.page == l.page && l.top - above.bottom > normal_gap(l) + 0.2 * text.line_height;
      // Only text of one size carries on: a heading does not run into its paragraph.
      carried = !paragraph && runs_on(above, l);
    }
    if (carried) {
      const bool hyphen = out.size() >= 2 && out.back() == '-' && std::isalpha(static_cast<unsigned char>(out[out.size() - 2])) &&
                          std::islower(static_cast<unsigned char>(first.text.front()));
      if (!hyphen) out += ' ';
      out += l.Text();
      continue;
    }
    if (!out.empty()) out += paragraph ? "\n\n" : "\n";
    const std::string detail = DetailLine(l, text.CellGap());
    if (!detail.empty()) {
      out += detail;
    } else if (l.bottom - l.top > 1.15 * body_height) {
      out += "## " + l.Text();  // set larger than the text: a heading
    } else {
      if (first.mark_before || first.left >= left + 0.6 * text.line_height) out += "- ";
      out += l.Text();
    }
  }
  return out + "\n";
}

}  // namespace

Result<IntakeResult> ReadPdfReturns(std::string_view bytes, const std::string& source, const Register& reg) {
  Result<std::vector<PdfPage>> pages = ReadPdfWords(bytes, source);
  if (!pages.ok()) return pages.status();
  const PlacedText text = PlaceFromPdf(pages.value());
  if (text.lines.empty()) {
    return Status::InvalidInput(source, "the PDF holds no text (a scan?); returns reads text, so run it through OCR first");
  }
  if (HasTableHeader(text)) {
    Result<AppendixRead> read = ReadPlacedAppendix(text, source, reg);
    if (!read.ok()) return read.status();
    return IntakeOf(std::move(read).value());
  }
  return ReadReturnDocument(DocumentText(text), source, reg);
}

}  // namespace returns
