#include "pipeline/writers/comments_jsonl.h"

#include <nlohmann/json.hpp>

#include "corpus/register/return_id.h"

namespace returns {

nlohmann::ordered_json CommentJson(const Return& r, const Comment& c) {
      nlohmann::ordered_json j;
      j["return_id"] = r.id;
      j["comment_id"] = MakeCommentId(r, c);
      j["district"] = r.district;
      j["collaborative"] = r.collaborative;
      j["collaborative_canonical"] = r.collaborative_canonical ? nlohmann::ordered_json(*r.collaborative_canonical)
                                                                : nlohmann::ordered_json(nullptr);
      j["lead_schools"] = r.lead_schools;
      j["lead_schools_canonical"] = r.lead_schools_canonical;
      j["question"] = r.question;
      j["round"] = r.round;
      j["position"] = c.position;
      j["heading"] = c.heading ? nlohmann::ordered_json(*c.heading) : nlohmann::ordered_json(nullptr);
      j["text"] = c.text;
      j["start"] = c.start;
      j["end"] = c.end;
      j["source"] = r.source;
      j["line"] = c.line;
      j["return_line"] = r.line;
      return j;
}

void WriteCommentsJsonl(const std::vector<Return>& returns, std::ostream& out) {
  for (const Return& r : returns) {
    for (const Comment& c : r.comments) {
      out << CommentJson(r, c).dump(-1, ' ', false, nlohmann::json::error_handler_t::strict) << '\n';
    }
  }
}

}  // namespace returns
