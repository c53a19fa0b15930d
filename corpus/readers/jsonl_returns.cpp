#include "corpus/readers/jsonl_returns.h"

#include <nlohmann/json.hpp>

#include <sstream>

#include "corpus/base/lines.h"
#include "corpus/register/question.h"
#include "corpus/register/return_builder.h"
#include "corpus/base/utf8.h"
#include "corpus/text/words.h"

namespace returns {

IntakeResult ReadJsonlReturns(std::string_view text, const std::string& source, const Register& reg) {
  IntakeResult out;
  std::istringstream in{std::string(text)};
  ForEachLine(in, [&](int number, const std::string& line) {
    ++out.records;
    auto reject = [&](const char* reason, const std::string& detail, const std::string& raw) {
      out.rejects.push_back({source, number, reason, detail, raw});
    };
    if (!CheckUtf8(line, source).ok()) {
      reject(reject::kInvalidUtf8, "", "(not UTF-8)");
      return;
    }
    const nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      reject(reject::kNotJson, "", line);
      return;
    }
    auto text_field = [&](const char* key) {
      return j.contains(key) && j[key].is_string() ? ToNfc(std::string(Trim(j[key].get<std::string>()))) : std::string();
    };
    ReturnFields f;
    f.source = source;
    f.line = number;
    f.district = text_field("district");
    f.collaborative = text_field("collaborative");
    if (j.contains("lead_schools") && j["lead_schools"].is_array()) {
      for (const auto& l : j["lead_schools"]) {
        if (l.is_string()) f.lead_schools.push_back(ToNfc(l.get<std::string>()));
      }
    } else {
      f.lead_schools = SplitLeadSchools(text_field("lead_schools"), &reg);
    }
    std::optional<int> question;
    if (j.contains("question") && j["question"].is_number_integer()) {
      const int q = j["question"].get<int>();
      if (q >= 1 && q <= 5) question = q;
    } else {
      question = MatchQuestion(text_field("question"));
    }
    f.answer = text_field("text");
    if (f.collaborative.empty()) reject(reject::kMissingField, "collaborative", line);
    else if (!j.contains("text")) reject(reject::kMissingField, "text", line);
    else if (!question) reject(reject::kUnknownQuestion, j.contains("question") ? j["question"].dump() : "none", line);
    else if (f.answer.empty()) reject(reject::kEmptyAnswer, "", line);
    else if (f.answer.size() > kMaxAnswerBytes) {
      reject(reject::kTooLarge, "over " + std::to_string(kMaxAnswerBytes) + " bytes", Utf8Prefix(line, 200) + "…");
    } else {
      f.question = *question;
      Return r = BuildReturn(f, reg);
      r.round = text_field("round");
      // The whole answer stands on its JSON line, whatever line breaks its text holds.
      for (Comment& c : r.comments) c.line = r.line;
      out.returns.push_back(std::move(r));
    }
  });
  return out;
}

}  // namespace returns
