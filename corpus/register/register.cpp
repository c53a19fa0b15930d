#include "corpus/register/register.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <filesystem>

#include "corpus/base/csv_records.h"
#include "corpus/base/data_dir.h"
#include "corpus/register/district.h"
#include "corpus/register/name_form.h"
#include "corpus/base/read_file.h"
#include "corpus/base/utf8.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

std::vector<std::string> SplitList(std::string_view text, char separator) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(separator, start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view item = Trim(text.substr(start, end - start));
    if (!item.empty()) out.emplace_back(item);
    start = end + 1;
  }
  return out;
}

// "Tenterden Junior[ (budget holder)]" → "Tenterden Junior".
std::string StripNotes(std::string_view spelling) {
  std::string out;
  bool note = false;
  for (char c : spelling) {
    if (c == '[') note = true;
    else if (c == ']') note = false;
    else if (!note) out += c;
  }
  return std::string(Trim(out));
}

constexpr std::array<std::string_view, 5> kColumns = {"collaborative", "district", "lead_schools",
                                                      "aliases", "note"};

}  // namespace

std::string Register::DefaultPath() {
  return DataPath("corpus/collaboratives.csv");
}

Result<Register> Register::Load(const std::string& path) {
  Result<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return Status::InvalidInput(path, "cannot open the register of collaboratives");
  if (Status s = CheckUtf8(text.value(), path); !s.ok()) return s;
  return Parse(ToNfc(text.value()), path);
}

Result<Register> Register::Parse(std::string_view csv_text, const std::string& source) {
  Result<std::vector<CsvRecord>> records = ReadCsvRecords(csv_text, source);
  if (!records.ok()) return records.status();
  if (records.value().empty()) return Status::InvalidInput(source + ":1", "empty register (no header row)");

  const CsvRecord& header = records.value().front();
  std::array<int, kColumns.size()> column{};
  column.fill(-1);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const auto it = std::find(kColumns.begin(), kColumns.end(), Trim(header.fields[i]));
    if (it == kColumns.end()) {
      return Status::InvalidInput(source + ":" + std::to_string(header.line), "unknown column '" +
                                  header.fields[i] + "' (expected collaborative, district, lead_schools, aliases, note)");
    }
    column[static_cast<size_t>(it - kColumns.begin())] = static_cast<int>(i);
  }
  for (size_t c = 0; c < 3; ++c) {
    if (column[c] < 0) {
      return Status::InvalidInput(source + ":" + std::to_string(header.line), "missing column '" +
                                  std::string(kColumns[c]) + "'");
    }
  }

  Register reg;
  for (size_t r = 1; r < records.value().size(); ++r) {
    const CsvRecord& rec = records.value()[r];
    const std::string where = source + ":" + std::to_string(rec.line);
    if (rec.fields.size() != header.fields.size()) {
      return Status::InvalidInput(where, "expected " + std::to_string(header.fields.size()) + " fields, found " +
                                  std::to_string(rec.fields.size()));
    }
    auto field = [&](size_t c) -> std::string {
      return column[c] < 0 ? std::string() : std::string(Trim(rec.fields[static_cast<size_t>(column[c])]));
    };
    RegisterEntry entry;
    entry.line = rec.line;
    entry.collaborative = field(0);
    entry.district = field(1);
    entry.note = field(4);
    if (entry.collaborative.empty()) return Status::InvalidInput(where, "empty collaborative name");
    // A hand-edited row may spell its district otherwise ("thanet", "Tonbridge and Malling").
    const std::string district = CanonicalDistrict(entry.district);
    if (district.empty()) return Status::InvalidInput(where, "unknown district '" + entry.district + "'");
    entry.district = district;
    entry.names.push_back(entry.collaborative);
    for (std::string& alias : SplitList(field(3), ';')) entry.names.push_back(std::move(alias));
    for (const std::string& item : SplitList(field(2), ';')) {
      LeadSchool lead;
      lead.spellings = SplitList(item, '|');
      if (lead.spellings.empty()) continue;
      for (const std::string& sp : lead.spellings) lead.plain.push_back(StripNotes(sp));
      lead.name = lead.plain.front();
      entry.lead_schools.push_back(std::move(lead));
    }
    reg.entries_.push_back(std::move(entry));
  }
  reg.IndexNames();
  return reg;
}

void Register::IndexNames() {
  by_name_.clear();
  by_form_.clear();
  auto add = [](std::vector<const RegisterEntry*>& list, const RegisterEntry* e) {
    if (list.empty() || list.back() != e) list.push_back(e);
  };
  joined_lead_schools_.clear();
  static const RE2 kJoined(R"((?i)[,;]|\s(?:and|&)\s)");
  for (const RegisterEntry& e : entries_) {
    for (const std::string& n : e.names) {
      add(by_name_[AsciiKey(n, ' ')], &e);
      for (const std::string& form : NameForms(n)) add(by_form_[form], &e);
    }
    for (const LeadSchool& l : e.lead_schools) {
      for (const std::string& spelling : l.plain) {
        const std::string_view name = Trim(spelling);
        if (!name.empty() && RE2::PartialMatch(name, kJoined)) joined_lead_schools_.emplace_back(name);
      }
    }
  }
  std::sort(joined_lead_schools_.begin(), joined_lead_schools_.end(), [](const std::string& a, const std::string& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  joined_lead_schools_.erase(std::unique(joined_lead_schools_.begin(), joined_lead_schools_.end()),
                             joined_lead_schools_.end());
}

bool LeadSchool::SpelledAs(std::string_view written) const {
  const std::string key = AsciiKey(written, ' ');
  for (size_t i = 0; i < spellings.size(); ++i) {
    std::string unbracketed;
    for (char c : spellings[i]) {
      if (c != '[' && c != ']') unbracketed += c;
    }
    if (AsciiKey(plain[i], ' ') == key || AsciiKey(unbracketed, ' ') == key) return true;
  }
  return false;
}

const std::vector<const RegisterEntry*>& Register::NamedLoosely(std::string_view name) const {
  static const std::vector<const RegisterEntry*> kNone;
  const auto it = by_form_.find(NormalName(name));
  return it == by_form_.end() ? kNone : it->second;
}

std::vector<std::string> Register::NamesOf(std::string_view name) const {
  std::vector<std::string> out = {std::string(name)};
  auto add_entries = [&](const std::vector<const RegisterEntry*>& entries) {
    for (const RegisterEntry* e : entries) {
      for (const std::string& n : e->names) {
        if (std::find(out.begin(), out.end(), n) == out.end()) out.push_back(n);
      }
    }
  };
  add_entries(Named(name));
  add_entries(NamedLoosely(name));
  return out;
}

const std::vector<const RegisterEntry*>& Register::Named(std::string_view name) const {
  static const std::vector<const RegisterEntry*> kNone;
  const auto it = by_name_.find(AsciiKey(name, ' '));
  return it == by_name_.end() ? kNone : it->second;
}

std::vector<const RegisterEntry*> Register::InDistrict(std::string_view district) const {
  std::vector<const RegisterEntry*> out;
  for (const RegisterEntry& e : entries_) {
    if (e.district == district) out.push_back(&e);
  }
  return out;
}

}  // namespace returns
