#include "pipeline/stages/index_records.h"

namespace returns {
namespace {

std::string Text(const nlohmann::ordered_json& fields, const char* key) {
  if (!fields.contains(key)) return {};
  const auto& v = fields.at(key);
  if (v.is_string()) return v.get<std::string>();
  return v.is_null() ? std::string() : v.dump();
}

std::vector<std::string> List(const nlohmann::ordered_json& fields, const char* key) {
  std::vector<std::string> out;
  if (!fields.contains(key) || !fields.at(key).is_array()) return out;
  for (const auto& v : fields.at(key)) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace

IndexedComment ToIndexedComment(const TagRecord& record, Tagging tagging, const std::string& round) {
  const auto& f = record.fields;
  IndexedComment c;
  c.comment_id = Text(f, "comment_id");
  if (c.comment_id.empty()) c.comment_id = Text(f, "id");
  c.return_id = Text(f, "return_id");
  if (c.return_id.empty()) c.return_id = c.comment_id;
  c.round = Text(f, "round");
  if (c.round.empty()) c.round = round;
  c.district = Text(f, "district");
  c.collaborative = Text(f, "collaborative");
  c.collaborative_canonical = Text(f, "collaborative_canonical");
  if (c.collaborative_canonical.empty()) c.collaborative_canonical = c.collaborative;
  c.lead_schools = List(f, "lead_schools_canonical");
  if (c.lead_schools.empty()) c.lead_schools = List(f, "lead_schools");
  c.question = record.question;
  if (f.contains("heading") && f.at("heading").is_string()) c.heading = f.at("heading").get<std::string>();
  c.text = record.text;
  if (f.contains("position") && f.at("position").is_number_integer()) c.position = f.at("position").get<int>();
  c.source = Text(f, "source");
  if (f.contains("line") && f.at("line").is_number_integer()) c.line = f.at("line").get<int>();
  c.tagging = std::move(tagging);
  return c;
}

}  // namespace returns
