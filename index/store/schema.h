// How comments are laid out in a Xapian database: term prefixes, value slots
// and metadata keys. Changing any of these changes kSchemaVersion, and a
// database of another version is refused rather than misread.
#pragma once

#include <string>
#include <string_view>

namespace returns::schema {

constexpr int kSchemaVersion = 4;  // 2: document data is the comment codec's record;
                                   // 3: stemmed terms carry positions (phrases match inflections);
                                   // 4: a comment with no theme has the term XTnone (theme:none)

// Boolean terms. Values are normalised with FilterValue() so that
// "district:Tonbridge & Malling" and "--district tonbridge-malling" agree.
inline constexpr const char* kIdPrefix = "Q";             // unique: round + comment id
inline constexpr const char* kThemePrefix = "XT";      // and XTnone: no theme (kNoThemeId)
inline constexpr const char* kPendingPrefix = "XP";
inline constexpr const char* kDistrictPrefix = "XD";
inline constexpr const char* kCollaborativePrefix = "XC";  // canonical name
inline constexpr const char* kLeadSchoolPrefix = "XL";
inline constexpr const char* kQuestionPrefix = "XQ";
inline constexpr const char* kRoundPrefix = "XR";
inline constexpr const char* kReturnPrefix = "XE";         // return id, for whole-return operations

// Value slots, for sorting and facets.
enum Slot : unsigned {
  kDistrictSlot = 0,
  kCollaborativeSlot = 1,
  kQuestionSlot = 2,
  kRoundSlot = 3,
  kThemesSlot = 4,   // theme ids joined by '\n' (a comment has several)
  kOrderSlot = 5,    // sortable key: district, collaborative, return, position
};

// Metadata keys.
inline constexpr const char* kSchemaKey = "returns.schema";
inline constexpr const char* kLexiconNameKey = "returns.lexicon.name";
inline constexpr const char* kLexiconVersionKey = "returns.lexicon.version";
inline constexpr const char* kLexiconSourceKey = "returns.lexicon.source";  // the file, where it was
inline constexpr const char* kLexiconTextKey = "returns.lexicon.text";      // the file's text itself
inline constexpr const char* kLexiconFormatKey = "returns.lexicon.format";  // yaml, dic or cat
inline constexpr const char* kWrittenAtKey = "returns.written_at";

// The form a filter value takes in a term: the same key slugs use.
std::string FilterValue(std::string_view value);

}  // namespace returns::schema
