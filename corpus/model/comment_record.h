// The comment record: one comment in the context of its return, the one value
// that flows from every reader through tagging to every output.
//
//   source (appendix, CSV, document, JSON Lines) ─► CommentRecord ─► tag ─► sinks
//
// A record read from returns has every field; a record read from JSON Lines
// has the fields its line had (a plain {"id", "text"} record has two).
// `has` says which fields are present, so what goes in comes out: the JSON
// codec (corpus/codec/comment_json.h) writes exactly the present fields, in
// the one field order, then the attributes carried through untouched, then
// the tags. Fields with the wrong JSON type for their name (a "district"
// that is a number) are carried as attributes, never dropped.
//
// Plain value; copy and share freely.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "corpus/model/tagging.h"

namespace returns {

// The record's fields, in the one order the codec writes them.
enum class Field : uint8_t {
  kId,                      // the record's id: its own, else its comment id, else file:line (set by tag)
  kReturnId,                // q2/<collaborative>/<lead school>
  kCommentId,               // <return id>#<position>
  kDistrict,
  kCollaborative,           // as written in the source
  kCollaborativeCanonical,  // from the register; null when the register does not know it
  kLeadSchools,             // as written
  kLeadSchoolsCanonical,    // from the register
  kQuestion,                // 1..5
  kRound,                   // "2013-03"
  kPosition,                // 1-based within the return
  kHeading,                 // null when none
  kText,                    // the comment, NFC
  kStart,                   // byte span of the comment in its return's text
  kEnd,
  kSource,                  // file read from
  kLine,                    // line the comment starts on
  kReturnLine,              // line the return starts on
  kCount
};

// The JSON name of a field ("return_id"), and the field of a name.
const char* FieldName(Field f);
std::optional<Field> FieldNamed(std::string_view name);

// A district as a page or a report shows it: "(no district)" for "".
inline const std::string& DistrictShown(const std::string& district) {
  static const std::string kNone = "(no district)";
  return district.empty() ? kNone : district;
}

struct CommentRecord {
  // Return context.
  std::string return_id;
  std::string district;
  std::string collaborative;
  std::optional<std::string> collaborative_canonical;
  std::vector<std::string> lead_schools;
  std::vector<std::string> lead_schools_canonical;
  int question = 0;  // 0: the record does not say
  std::string round;
  std::string source;
  int return_line = 0;
  // Whether `source` is the file this run read the return from (an intake
  // reader's record), not a JSON record's field written elsewhere: only then
  // does `index` keep which file it is (index/store/source_files.h). Never
  // written to JSON.
  bool source_read_here = false;

  // The comment.
  std::string id;
  std::string comment_id;
  int position = 0;
  std::optional<std::string> heading;
  std::string text;
  size_t start = 0;
  size_t end = 0;
  int line = 0;

  // Other fields of the input (JSON Lines fields we do not know), in their
  // order: name and the value's JSON text as read.
  std::vector<std::pair<std::string, std::string>> attributes;

  // After tagging.
  std::optional<Tagging> tags;

  // Which fields are present.
  uint32_t present = 0;
  bool has(Field f) const { return (present >> static_cast<unsigned>(f)) & 1u; }
  void set(Field f) { present |= 1u << static_cast<unsigned>(f); }

  // What filters and displays use: the register's name, else the name as written.
  const std::string& collaborative_name() const {
    return collaborative_canonical && !collaborative_canonical->empty() ? *collaborative_canonical : collaborative;
  }
  // What a page or a report shows for the district: "(no district)" when the
  // return gave none and the register did not know its collaborative.
  const std::string& district_shown() const { return DistrictShown(district); }
  // The register's lead schools, else those as written.
  const std::vector<std::string>& lead_school_names() const {
    return lead_schools_canonical.empty() ? lead_schools : lead_schools_canonical;
  }
  // The tags, or none before tagging.
  const Tagging& tagging() const {
    static const Tagging kNone;
    return tags ? *tags : kNone;
  }
  // The comment id, else the record id.
  const std::string& comment_key() const { return comment_id.empty() ? id : comment_id; }
  // The return id, else the comment key (a record that is its own return).
  const std::string& return_key() const { return return_id.empty() ? comment_key() : return_id; }
};

// Every field of a record read from a return.
constexpr uint32_t kReturnFields = ((1u << static_cast<unsigned>(Field::kCount)) - 1) & ~1u;  // all but kId

}  // namespace returns
