// The generated appendices of tests/data/appendix (make_appendix_pdfs.py,
// make_roundtrip.sh) and the rows they were made from, for the reader tests.
#pragma once

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "corpus/model/model.h"
#include "tests/temp_dir.h"

namespace returns::test {

inline std::string AppendixData(const std::string& name) {
  return std::string(RETURNS_SOURCE_DIR) + "/tests/data/appendix/" + name;
}

struct SourceComment {
  std::optional<std::string> heading;
  std::string text;
  bool operator==(const SourceComment& o) const { return heading == o.heading && text == o.text; }
};

// One row of a generated appendix as its generator wrote it.
struct SourceRow {
  std::string district, collaborative;
  std::vector<std::string> lead_schools;
  std::vector<SourceComment> comments;
};

struct SourceTable {
  int question = 0;
  std::vector<SourceRow> rows;
};

inline SourceTable LoadSourceRows(const std::string& name) {
  const nlohmann::json j = nlohmann::json::parse(ReadBytes(AppendixData(name)));
  SourceTable t;
  t.question = j.at("question").get<int>();
  for (const nlohmann::json& r : j.at("rows")) {
    SourceRow row;
    row.district = r.at("district").get<std::string>();
    row.collaborative = r.at("collaborative").get<std::string>();
    row.lead_schools = r.at("lead_schools").get<std::vector<std::string>>();
    for (const nlohmann::json& c : r.at("comments")) {
      SourceComment sc;
      if (!c.at("heading").is_null()) sc.heading = c.at("heading").get<std::string>();
      sc.text = c.at("text").get<std::string>();
      row.comments.push_back(std::move(sc));
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

inline std::vector<SourceComment> CommentsOf(const Return& r) {
  std::vector<SourceComment> out;
  for (const Comment& c : r.comments) out.push_back({c.heading, c.text});
  return out;
}

// How many of the source rows were read exactly: one return each, in order,
// with the district, collaborative, lead schools and every comment (text and
// heading) the row was made from. Each difference is reported.
inline size_t RowsReadExactly(const SourceTable& want, const std::vector<Return>& got) {
  size_t exact = 0;
  CHECK(got.size() == want.rows.size());
  for (size_t i = 0; i < want.rows.size() && i < got.size(); ++i) {
    const SourceRow& w = want.rows[i];
    const Return& r = got[i];
    INFO("row " << i + 1 << ": " << w.collaborative << " (line " << r.line << ")");
    CHECK(r.question == want.question);
    CHECK(r.district == w.district);
    CHECK(r.collaborative == w.collaborative);
    CHECK(r.lead_schools == w.lead_schools);
    const std::vector<SourceComment> comments = CommentsOf(r);
    CHECK(comments.size() == w.comments.size());
    for (size_t k = 0; k < comments.size() && k < w.comments.size(); ++k) {
      INFO("comment " << k + 1);
      CHECK(comments[k].heading == w.comments[k].heading);
      CHECK(comments[k].text == w.comments[k].text);
    }
    exact += r.question == want.question && r.district == w.district && r.collaborative == w.collaborative &&
             r.lead_schools == w.lead_schools && comments == w.comments;
  }
  return exact;
}

}  // namespace returns::test
