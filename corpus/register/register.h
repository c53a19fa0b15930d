// The register of collaboratives: who each collaborative is, across the
// spellings returns use for it. It guides the appendix reader (which names to
// look for in a row) and gives every return a canonical collaborative, so one
// collaborative is one entity across questions and rounds.
//
// File format (CSV with a header row, columns in any order):
//   collaborative  canonical name
//   district       one of the Kent districts
//   lead_schools   lead schools in the order the returns list them, separated
//                  by ';'; each may list other spellings after '|', the first
//                  being canonical: "Yalding St Peter and St Paul|Yaling St Peter and St Paul"
//   aliases        other names the collaborative is written as, separated by ';'
//   note           free text: where a name or identification comes from
// One collaborative may have several rows: one per group of lead schools that
// sends its own return (Sevenoaks Cluster of Schools sends four).
//
// A Register is immutable once loaded; share it freely between threads.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "corpus/base/status.h"

namespace returns {

struct LeadSchool {
  std::string name;                    // canonical, without notes; empty for a note-only cell ("[No lead]")
  std::vector<std::string> spellings;  // as in the register, notes in [brackets] included
  std::vector<std::string> plain;      // the spellings without their notes

  // Whether `written` is one of the spellings, with or without its notes, case,
  // spacing and punctuation aside ("Tenterden Junior", "Tenterden Junior (budget holder)", "n/a").
  bool SpelledAs(std::string_view written) const;
};

struct RegisterEntry {
  std::string collaborative;           // canonical
  std::string district;
  std::vector<std::string> names;      // canonical first, then aliases
  std::vector<LeadSchool> lead_schools;
  std::string note;
  int line = 0;                        // line in the register file
};

class Register {
 public:
  // The register shipped with the program (corpus/collaboratives.csv, found
  // by DataPath: corpus/base/data_dir.h).
  static std::string DefaultPath();
  static Result<Register> Load(const std::string& path);
  static Result<Register> Parse(std::string_view csv_text, const std::string& source);

  const std::vector<RegisterEntry>& entries() const { return entries_; }
  // Entries of one district, in file order.
  std::vector<const RegisterEntry*> InDistrict(std::string_view district) const;
  // Entries any of whose names is `name` (case, spacing and punctuation aside), in file order.
  const std::vector<const RegisterEntry*>& Named(std::string_view name) const;
  // Entries any of whose names has the normal form of `name`, or the acronym it
  // is (name_form.h: "Central Ashford Town Schools", "CATS"), in file order.
  const std::vector<const RegisterEntry*>& NamedLoosely(std::string_view name) const;
  // The names a filter on `name` stands for: `name` itself, then every name
  // (canonical and aliases) of the collaboratives it names, exactly or loosely.
  // "RAiD" → {"RAiD", "Raising Achievement in Dover (RAiD)"}.
  std::vector<std::string> NamesOf(std::string_view name) const;
  // The lead schools' spellings (notes left out) that hold what a typed list
  // is split at — ",", ";", " and ", " & " — longest first: a name the
  // register knows is one school however it reads ("Kings Hill School Primary
  // and Nursery"; SplitLeadSchools).
  const std::vector<std::string>& JoinedLeadSchools() const { return joined_lead_schools_; }

 private:
  void IndexNames();
  std::vector<RegisterEntry> entries_;
  std::map<std::string, std::vector<const RegisterEntry*>> by_name_;  // AsciiKey(name) → entries
  std::map<std::string, std::vector<const RegisterEntry*>> by_form_;  // NameForms(name) → entries
  std::vector<std::string> joined_lead_schools_;
};

}  // namespace returns
