#include "index/query/quotes.h"

#include <catch2/catch.hpp>

#include <set>

namespace {

returns::CommentRecord Comment(const std::string& id, const std::string& collaborative, const std::string& text,
                                std::vector<std::pair<std::string, size_t>> matches, bool pending = false) {
  returns::CommentRecord c;
  c.comment_id = id;
  c.collaborative_canonical = collaborative;
  c.text = text;
  std::set<std::string> themes;
  c.tags.emplace();
  for (const auto& [theme, start] : matches) {
    c.tags->matches.push_back({theme, "word:x", start, start + 1, "x", pending});
    themes.insert(theme);
  }
  c.tags->themes.assign(themes.begin(), themes.end());
  if (pending) c.tags->pending = c.tags->themes;
  return c;
}

}  // namespace

TEST_CASE("typical quotes: focused, readable, varied, not repeated", "[quotes]") {
  const std::string focused = "Joint moderation meetings with secondary colleagues have improved the consistency of levelling.";
  const std::vector<returns::CommentRecord> comments = {
      // A passing mention among many themes.
      Comment("a", "Alpha", "Training, data, governors, literacy and maths all improved this term, and some moderation too.",
              {{"professional_development", 0}, {"data_assessment", 10}, {"governance", 16}, {"literacy", 27},
               {"mathematics", 40}, {"moderation", 70}}),
      Comment("b", "Beta", focused, {{"moderation", 6}, {"moderation", 80}}),
      // A near-duplicate of b from another collaborative.
      Comment("c", "Gamma", focused + " Again.", {{"moderation", 6}, {"moderation", 80}}),
      // Same collaborative as b: only used once every collaborative has had its turn.
      Comment("d", "Beta", "Moderation of writing across the hub has agreed consistent judgements between schools.",
              {{"moderation", 0}}),
      Comment("e", "Delta", "Moderation is planned for next term with the infant schools in the cluster.", {{"moderation", 0}},
              true),
      Comment("f", "Epsilon", "No theme here at all, just a long sentence about the weather in Kent in March.", {}),
  };
  CHECK(returns::TypicalityScore(comments[1], "moderation") > returns::TypicalityScore(comments[0], "moderation"));
  CHECK(returns::TypicalityScore(comments[3], "moderation") > returns::TypicalityScore(comments[4], "moderation"));
  CHECK(returns::TypicalityScore(comments[5], "moderation") == 0);

  const auto picked = returns::PickTypicalQuotes(comments, "moderation", 3);
  std::vector<std::string> ids;
  for (const auto& q : picked) ids.push_back(q.comment->comment_id);
  CHECK(ids == std::vector<std::string>{"b", "e", "a"});  // c is a near-duplicate; d's collaborative is taken

  const auto all = returns::PickTypicalQuotes(comments, "moderation", 10);
  ids.clear();
  for (const auto& q : all) ids.push_back(q.comment->comment_id);
  CHECK(ids == std::vector<std::string>{"b", "e", "a", "d"});  // d fills up; c never (a near-duplicate)
}
