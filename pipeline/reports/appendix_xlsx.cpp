// The appendix as an Excel workbook (appendix_format.h): one row per comment
// with every field, for sorting and filtering; a second sheet says what was
// selected.
#include <nlohmann/json.hpp>

#include <algorithm>

#include "pipeline/reports/appendix_format.h"
#include "pipeline/reports/appendix_layout.h"
#include "pipeline/writers/xlsx.h"

namespace returns {
namespace {

// An input field carried through as JSON text: a string as its text, a number as a number, else the JSON.
void Attribute(XlsxSheet& sheet, unsigned row, unsigned col, const std::string& json) {
  const nlohmann::json value = nlohmann::json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (value.is_string()) sheet.Text(row, col, value.get<std::string>());
  else if (value.is_number()) sheet.Number(row, col, value.get<double>());
  else sheet.Text(row, col, json);
}

}  // namespace

Result<std::string> AppendixXlsx(const std::vector<CommentRecord>& comments, const AppendixOptions& o) {
  Result<std::unique_ptr<WorkbookWriter>> made = WorkbookWriter::Create("Appendix: " + o.selection);
  if (!made.ok()) return made.status();
  WorkbookWriter& book = *made.value();
  XlsxSheet sheet = book.AddSheet("Comments");
  std::vector<std::string> headings = {"Question", "Round",   "District", "Collaborative", "Lead school(s)",
                                       "Return id", "Comment id", "Position", "Heading", "Comment",
                                       "Themes",   "Pending", "Source",   "Line"};
  const unsigned fixed = static_cast<unsigned>(headings.size());
  std::vector<std::string> attributes;  // the input's other fields, in order of first appearance
  for (const CommentRecord& c : comments) {
    for (const auto& [name, value] : c.attributes) {
      if (std::find(attributes.begin(), attributes.end(), name) == attributes.end()) attributes.push_back(name);
    }
  }
  headings.insert(headings.end(), attributes.begin(), attributes.end());
  sheet.Width(0, 1, 9);
  sheet.Width(2, 4, 18, /*wrap=*/true);
  sheet.Width(5, 6, 24);
  sheet.Width(7, 7, 8);
  sheet.Width(8, 8, 30, /*wrap=*/true);
  sheet.Width(9, 9, 80, /*wrap=*/true);
  sheet.Width(10, 11, 24, /*wrap=*/true);
  sheet.Width(12, 12, 24);
  sheet.Width(13, 13, 7);
  sheet.Heading(0, headings);
  unsigned r = 0;
  for (const auto& [question, rows] : appendix::Group(comments)) {
    for (const appendix::Row& row : rows) {
      for (const CommentRecord* c : row.comments) {
        ++r;
        if (c->question) sheet.Number(r, 0, c->question);
        sheet.Text(r, 1, c->round);
        sheet.Text(r, 2, c->district);
        sheet.Text(r, 3, c->collaborative_name());
        sheet.Text(r, 4, appendix::Joined(c->lead_school_names(), "; "));
        sheet.Text(r, 5, c->return_key());
        sheet.Text(r, 6, c->comment_key());
        if (c->position) sheet.Number(r, 7, c->position);
        sheet.Text(r, 8, c->heading.value_or(""));
        sheet.Text(r, 9, c->text);
        sheet.Text(r, 10, appendix::Joined(c->tagging().themes, "; "));
        sheet.Text(r, 11, appendix::Joined(c->tagging().pending, "; "));
        sheet.Text(r, 12, c->source);
        if (c->line) sheet.Number(r, 13, c->line);
        for (const auto& [name, value] : c->attributes) {
          const auto at = std::find(attributes.begin(), attributes.end(), name) - attributes.begin();
          Attribute(sheet, r, fixed + static_cast<unsigned>(at), value);
        }
      }
    }
  }
  sheet.Filter(0, r, static_cast<unsigned>(headings.size()) - 1);

  XlsxSheet about = book.AddSheet("About");
  about.Width(0, 0, 100);
  about.Text(0, 0, "Appendix: " + o.selection, XlsxStyle::kTitle);
  about.Text(1, 0, appendix::Counts(comments) + ", one row each on the Comments sheet.");
  return book.Finish();
}

}  // namespace returns
