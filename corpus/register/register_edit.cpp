#include "corpus/register/register_edit.h"

#include <csv.h>

#include <algorithm>

#include "corpus/base/csv_records.h"
#include "corpus/register/district.h"
#include "corpus/register/register.h"
#include "corpus/text/words.h"

namespace returns {
namespace {

// A CSV field, quoted (by libcsv) only where it has to be.
std::string Field(const std::string& text) {
  const bool plain = text.find_first_of(",\"\r\n") == std::string::npos && Trim(text).size() == text.size();
  if (plain) return text;
  std::string buffer(text.size() * 2 + 2, '\0');
  buffer.resize(csv_write(buffer.data(), buffer.size(), text.data(), text.size()));
  return buffer;
}

std::string Joined(const std::vector<std::string>& items) {
  std::string out;
  for (const std::string& i : items) out += (out.empty() ? "" : ";") + i;
  return out;
}

Status CheckName(const std::string& where, const char* what, const std::string& name) {
  if (Trim(name).empty()) return Status::InvalidInput(where, std::string("empty ") + what);
  if (name.find_first_of(";|[]\r\n") != std::string::npos) {
    return Status::InvalidInput(where, std::string(what) + " '" + name +
                                           "' holds one of ; | [ ] or a line break, which the register's lists use");
  }
  return Status::OK();
}

}  // namespace

Result<std::string> AppendCollaborative(std::string_view text, const std::string& source, const NewCollaborative& e) {
  Result<Register> reg = Register::Parse(text, source);
  if (!reg.ok()) return reg.status();
  if (Status s = CheckName(source, "collaborative name", e.collaborative); !s.ok()) return s;
  // Any spelling of a Kent district ("swale", "Tonbridge and Malling"), written as the register spells it.
  const std::string district = CanonicalDistrict(e.district);
  if (district.empty()) {
    std::string known;
    for (const std::string& d : KentDistricts()) known += (known.empty() ? "" : ", ") + d;
    return Status::InvalidInput("register add", "--district '" + e.district + "' is not a Kent district (one of " + known + ")");
  }
  for (const std::string& l : e.lead_schools) {
    if (Status s = CheckName(source, "lead school", l); !s.ok()) return s;
  }
  std::vector<std::string> names = {e.collaborative};
  for (const std::string& a : e.aliases) {
    if (Status s = CheckName(source, "alias", a); !s.ok()) return s;
    names.push_back(a);
  }
  for (const std::string& n : names) {
    for (const auto* found : {&reg.value().Named(n), &reg.value().NamedLoosely(n)}) {
      for (const RegisterEntry* known : *found) {
        if (known->district != district) continue;
        return Status::InvalidInput(source + ":" + std::to_string(known->line),
                                    "the register already knows '" + n + "' in " + district + " as '" +
                                        known->collaborative + "'; add other spellings to that row instead");
      }
    }
  }

  // The new row in the file's column order.
  Result<std::vector<CsvRecord>> records = ReadCsvRecords(text, source);
  if (!records.ok()) return records.status();
  std::string row;
  const std::vector<std::string>& header = records.value().front().fields;
  for (size_t i = 0; i < header.size(); ++i) {
    const std::string_view column = Trim(header[i]);
    std::string value;
    if (column == "collaborative") value = e.collaborative;
    else if (column == "district") value = district;
    else if (column == "lead_schools") value = Joined(e.lead_schools);
    else if (column == "aliases") value = Joined(e.aliases);
    else if (column == "note") value = e.note;
    if (i) row += ',';
    row += Field(value);
  }
  const std::string eol = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  std::string out(text);
  if (!out.empty() && out.back() != '\n') out += eol;
  out += row + eol;

  Result<Register> check = Register::Parse(out, source);
  if (!check.ok()) return Status::Internal(source, "the new row does not read back: " + check.status().message());
  if (check.value().Named(e.collaborative).empty()) {
    return Status::Internal(source, "the new row does not read back as '" + e.collaborative + "'");
  }
  return out;
}

}  // namespace returns
