#include "pipeline/writers/tagged_output.h"

#include <string>

#include "pipeline/writers/csv_field.h"

namespace returns {
namespace {

std::string Join(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& s : items) out += (out.empty() ? "" : ";") + s;
  return out;
}

std::string Plain(const nlohmann::ordered_json& v) { return v.is_string() ? v.get<std::string>() : v.dump(); }

}  // namespace

void WriteTaggedJsonl(const TagRecord& record, const Tagging& tagging, const Matcher& matcher, std::ostream& out) {
  nlohmann::ordered_json j = record.fields;
  j["themes"] = tagging.themes;
  j["pending"] = tagging.pending;
  nlohmann::ordered_json matches = nlohmann::ordered_json::array();
  for (const ThemeMatch& m : tagging.matches) {
    nlohmann::ordered_json mj;
    mj["theme"] = m.theme;
    mj["rule"] = m.rule;
    mj["start"] = m.start;
    mj["end"] = m.end;
    mj["text"] = m.text;
    mj["pending"] = m.pending;
    matches.push_back(std::move(mj));
  }
  j["matches"] = std::move(matches);
  j["lexicon"] = {{"name", matcher.name()}, {"version", matcher.version()}};
  out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::strict) << '\n';
}

void WriteTaggedCsvHeader(std::ostream& out) { out << "id,question,themes,pending,matches,text\r\n"; }

void WriteTaggedCsv(const TagRecord& record, const Tagging& tagging, std::ostream& out) {
  std::vector<std::string> matches;
  for (const ThemeMatch& m : tagging.matches) {
    matches.push_back(m.theme + "@" + std::to_string(m.start) + "-" + std::to_string(m.end));
  }
  out << CsvField(Plain(record.fields.at("id"))) << ','
      << (record.question ? std::to_string(record.question) : std::string()) << ','
      << CsvField(Join(tagging.themes)) << ',' << CsvField(Join(tagging.pending)) << ','
      << CsvField(Join(matches)) << ',' << CsvField(record.text) << "\r\n";
}

}  // namespace returns
