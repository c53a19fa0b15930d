// How comments are laid out in a Xapian database: term prefixes, value slots
// and metadata keys. Changing any of these changes kSchemaVersion, and a
// database of another version is refused rather than misread.
#pragma once

#include <string>
#include <string_view>

namespace returns::schema {

constexpr int kSchemaVersion = 9;  // 2: document data is the comment codec's record;
                                   // 3: stemmed terms carry positions (phrases match inflections);
                                   // 4: a comment with no theme has the term XTnone (theme:none);
                                   // 5: two value slots (order, packed facets); tags packed after the record;
                                   // 6: the source term XS (round and source file), for re-indexing a file;
                                   // 7: a term XA for each attribute (name and value), for --attribute;
                                   // 8: positions on stemmed terms only, words as written without (TextTerms)
                                   // 9: words as written not terms: kept once, in kVocabularyKey, for wildcards
// The oldest version `returns reindex` can rewrite (document data the comment
// codec's record since version 2).
constexpr int kOldestUpgradable = 2;

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
inline constexpr const char* kSourcePrefix = "XS";         // round and source file, for whole-file replacement
// An attribute's name key, then '=' and its value key (AttributeNameKey,
// AttributeValueKey), or '#' and a hash of the value key when the term would
// be too long (document_codec.h, AttributeTerm). Not FilterValue: a value is
// matched exactly but for case and Unicode form ("jo.b@x.org" is not "jo-b@x.org").
inline constexpr const char* kAttributePrefix = "XA";

// Value slots: one to sort by, one for every facet (facet_value.h).
enum Slot : unsigned {
  kOrderSlot = 0,   // sortable key: district, collaborative, return, position
  kFacetsSlot = 1,  // district, collaborative, question, round, themes, pending, packed
};

// Metadata keys.
inline constexpr const char* kSchemaKey = "returns.schema";
inline constexpr const char* kLexiconNameKey = "returns.lexicon.name";
inline constexpr const char* kLexiconVersionKey = "returns.lexicon.version";
inline constexpr const char* kLexiconSourceKey = "returns.lexicon.source";  // the file, where it was
inline constexpr const char* kLexiconTextKey = "returns.lexicon.text";      // the file's text itself
inline constexpr const char* kLexiconFormatKey = "returns.lexicon.format";  // yaml, dic or cat
// The kept lexicon's theme ids and labels, "id<TAB>label" a line in its order:
// theme names in a query resolve without parsing the lexicon (database_lexicon.h).
inline constexpr const char* kLexiconThemesKey = "returns.lexicon.themes";
inline constexpr const char* kWrittenAtKey = "returns.written_at";
// "exact" when every facet term files comments of one name and every name
// has its term: facets of the whole database are then term frequencies.
inline constexpr const char* kFacetTermsKey = "returns.facets.terms";
// Comments written or deleted since the database was last compacted
// (generations.h, CompactDatabase), in decimal; missing: never compacted.
inline constexpr const char* kUncompactedKey = "returns.uncompacted";
// Every word of the comments' texts as Xapian reads words, lower case, each
// once, sorted (bytewise), one a line: what a wildcard expands against
// (index/query/wildcards.h). Every shard of a database keeps all of them. A
// word stays when its comments are removed (a wildcard expanding to it finds
// nothing more), until `reindex` writes the database anew.
inline constexpr const char* kVocabularyKey = "returns.vocabulary";
// Followed by '#' and the StableHash of a source term (SourceTerm), in 16 hex
// digits: the file, absolute and resolved, that the term's comments were read
// from (source_files.h). Every shard keeps all of them. Optional — a database
// written before them has none, and is read as it was — so no version change.
inline constexpr const char* kSourceFileKeyPrefix = "returns.source-file.";

// The form a filter value takes in a term: the same key slugs use.
std::string FilterValue(std::string_view value);

// An attribute's name as terms hold it: NFC, case folded, each run of ASCII
// characters that are neither letters nor digits one '_' ("Start time",
// "start_time" and "START-TIME" are "start_time"), none at either end; "_"
// when nothing is left. Never holds '=' or '#'.
std::string AttributeNameKey(std::string_view name);

// An attribute's value as terms hold it: NFC, case folded, white space
// collapsed and trimmed ("Jo  Smith " is "jo smith"; "Zoë" stays "zoë").
std::string AttributeValueKey(std::string_view value);

}  // namespace returns::schema
