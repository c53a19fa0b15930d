#include "index/store/document_codec.h"

#include <nlohmann/json.hpp>

#include <cstdio>

#include "index/store/schema.h"

namespace returns {
namespace {

using nlohmann::ordered_json;

ordered_json MatchesJson(const Tagging& t) {
  ordered_json out = ordered_json::array();
  for (const ThemeMatch& m : t.matches) {
    out.push_back({{"theme", m.theme}, {"rule", m.rule}, {"start", m.start}, {"end", m.end}, {"text", m.text},
                   {"pending", m.pending}});
  }
  return out;
}

std::string Joined(const std::vector<std::string>& items, char sep) {
  std::string out;
  for (const std::string& s : items) {
    if (!out.empty()) out += sep;
    out += s;
  }
  return out;
}

}  // namespace

std::string IdTerm(const IndexedComment& c) { return std::string(schema::kIdPrefix) + c.round + "/" + c.comment_id; }

std::string ReturnTerm(const IndexedComment& c) {
  return std::string(schema::kReturnPrefix) + schema::FilterValue(c.round + "/" + c.return_id);
}

Xapian::Document EncodeComment(const IndexedComment& c, Xapian::TermGenerator& termgen) {
  Xapian::Document doc;
  termgen.set_document(doc);
  termgen.index_text(c.text);
  auto filter = [&](const char* prefix, const std::string& value) {
    const std::string v = schema::FilterValue(value);
    if (!v.empty()) doc.add_boolean_term(prefix + v);
  };
  doc.add_boolean_term(IdTerm(c));
  for (const std::string& t : c.tagging.themes) filter(schema::kThemePrefix, t);
  for (const std::string& t : c.tagging.pending) filter(schema::kPendingPrefix, t);
  filter(schema::kDistrictPrefix, c.district);
  filter(schema::kCollaborativePrefix, c.collaborative_canonical);
  for (const std::string& l : c.lead_schools) filter(schema::kLeadSchoolPrefix, l);
  if (c.question) filter(schema::kQuestionPrefix, std::to_string(c.question));
  filter(schema::kRoundPrefix, c.round);
  doc.add_boolean_term(ReturnTerm(c));

  doc.add_value(schema::kDistrictSlot, c.district);
  doc.add_value(schema::kCollaborativeSlot, c.collaborative_canonical);
  doc.add_value(schema::kQuestionSlot, c.question ? std::to_string(c.question) : std::string());
  doc.add_value(schema::kRoundSlot, c.round);
  doc.add_value(schema::kThemesSlot, Joined(c.tagging.themes, '\n'));
  char position[16];
  std::snprintf(position, sizeof position, "%08d", c.position);
  doc.add_value(schema::kOrderSlot, c.district + '\x1f' + c.collaborative_canonical + '\x1f' + c.return_id + '\x1f' +
                                        position);

  ordered_json j;
  j["comment_id"] = c.comment_id;
  j["return_id"] = c.return_id;
  j["round"] = c.round;
  j["district"] = c.district;
  j["collaborative"] = c.collaborative;
  j["collaborative_canonical"] = c.collaborative_canonical;
  j["lead_schools"] = c.lead_schools;
  j["question"] = c.question;
  j["heading"] = c.heading ? ordered_json(*c.heading) : ordered_json(nullptr);
  j["position"] = c.position;
  j["text"] = c.text;
  j["source"] = c.source;
  j["line"] = c.line;
  j["themes"] = c.tagging.themes;
  j["pending"] = c.tagging.pending;
  j["matches"] = MatchesJson(c.tagging);
  doc.set_data(j.dump());
  return doc;
}

Result<IndexedComment> DecodeComment(const Xapian::Document& doc) {
  const nlohmann::json j = nlohmann::json::parse(doc.get_data(), nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("text")) {
    return Status::Corruption("document " + std::to_string(doc.get_docid()) + " holds no comment data");
  }
  try {
    IndexedComment c;
    c.comment_id = j.at("comment_id").get<std::string>();
    c.return_id = j.at("return_id").get<std::string>();
    c.round = j.at("round").get<std::string>();
    c.district = j.at("district").get<std::string>();
    c.collaborative = j.at("collaborative").get<std::string>();
    c.collaborative_canonical = j.at("collaborative_canonical").get<std::string>();
    c.lead_schools = j.at("lead_schools").get<std::vector<std::string>>();
    c.question = j.at("question").get<int>();
    if (!j.at("heading").is_null()) c.heading = j.at("heading").get<std::string>();
    c.position = j.at("position").get<int>();
    c.text = j.at("text").get<std::string>();
    c.source = j.at("source").get<std::string>();
    c.line = j.at("line").get<int>();
    c.tagging.themes = j.at("themes").get<std::vector<std::string>>();
    c.tagging.pending = j.at("pending").get<std::vector<std::string>>();
    for (const auto& m : j.at("matches")) {
      c.tagging.matches.push_back({m.at("theme").get<std::string>(), m.at("rule").get<std::string>(),
                                   m.at("start").get<size_t>(), m.at("end").get<size_t>(),
                                   m.at("text").get<std::string>(), m.at("pending").get<bool>()});
    }
    return c;
  } catch (const nlohmann::json::exception& e) {
    return Status::Corruption("document " + std::to_string(doc.get_docid()) + ": " + e.what());
  }
}

}  // namespace returns
