#include "index/store/document_codec.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string_view>
#include <vector>

#include "corpus/codec/comment_json.h"
#include "index/store/facet_value.h"
#include "index/store/packed.h"
#include "index/store/schema.h"
#include "index/store/stable_hash.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {
namespace {

// The tags after the record (document_codec.h).
void PackTags(const std::string& text, const Tagging& tags, std::string& out) {
  std::vector<std::string_view> names;  // theme ids and rule names, each once
  auto index = [&](std::string_view name) {
    const auto at = std::find(names.begin(), names.end(), name);
    if (at != names.end()) return static_cast<uint64_t>(at - names.begin());
    names.push_back(name);
    return static_cast<uint64_t>(names.size() - 1);
  };
  std::string body;
  for (const auto* list : {&tags.themes, &tags.pending}) {
    packed::AppendVarint(body, list->size());
    for (const std::string& t : *list) packed::AppendVarint(body, index(t));
  }
  packed::AppendVarint(body, tags.matches.size());
  for (const ThemeMatch& m : tags.matches) {
    const bool spanned = m.start <= m.end && m.end <= text.size() && text.compare(m.start, m.end - m.start, m.text) == 0;
    packed::AppendVarint(body, index(m.theme));
    packed::AppendVarint(body, index(m.rule));
    packed::AppendVarint(body, m.start);
    packed::AppendVarint(body, m.end - m.start);
    packed::AppendVarint(body, (m.pending ? 1u : 0u) | (spanned ? 0u : 2u));
    if (!spanned) packed::AppendString(body, m.text);
  }
  packed::AppendVarint(out, names.size());
  for (std::string_view n : names) packed::AppendString(out, n);
  out += body;
}

bool UnpackTags(std::string_view in, const std::string& text, Tagging& tags) {
  uint64_t n = 0;
  if (!packed::ReadVarint(in, n) || n > in.size()) return false;
  std::vector<std::string_view> names(n);
  for (std::string_view& name : names) {
    if (!packed::ReadString(in, name)) return false;
  }
  auto name = [&](std::string& out) {
    uint64_t i = 0;
    if (!packed::ReadVarint(in, i) || i >= names.size()) return false;
    out.assign(names[i]);
    return true;
  };
  for (auto* list : {&tags.themes, &tags.pending}) {
    if (!packed::ReadVarint(in, n) || n > in.size()) return false;
    list->resize(n);
    for (std::string& t : *list) {
      if (!name(t)) return false;
    }
  }
  if (!packed::ReadVarint(in, n) || n > in.size()) return false;
  tags.matches.resize(n);
  for (ThemeMatch& m : tags.matches) {
    uint64_t start = 0, length = 0, flags = 0;
    if (!name(m.theme) || !name(m.rule) || !packed::ReadVarint(in, start) || !packed::ReadVarint(in, length) ||
        !packed::ReadVarint(in, flags)) {
      return false;
    }
    m.start = start;
    m.end = start + length;
    m.pending = flags & 1u;
    if (flags & 2u) {
      std::string_view t;
      if (!packed::ReadString(in, t)) return false;
      m.text.assign(t);
    } else {
      if (m.end > text.size() || m.end < m.start) return false;
      m.text = text.substr(m.start, length);
    }
  }
  return in.empty();
}

// '#' and the key's hash in 16 hex digits.
std::string HashedKey(std::string_view key) {
  char hashed[24];
  std::snprintf(hashed, sizeof hashed, "#%016llx", static_cast<unsigned long long>(StableHash(key)));
  return hashed;
}

}  // namespace

std::string IdTerm(const CommentRecord& c) { return std::string(schema::kIdPrefix) + c.round + "/" + c.comment_key(); }

std::string ReturnTerm(const CommentRecord& c) {
  return std::string(schema::kReturnPrefix) + schema::FilterValue(c.round + "/" + c.return_key());
}

std::string SourceTerm(const CommentRecord& c) {
  if (c.source.empty() || c.round.empty()) return {};
  // A unit separator between them: neither a round nor a path has one.
  std::string key = c.round + '\x1f' + std::filesystem::path(c.source).lexically_normal().string();
  return TermOrHash(schema::kSourcePrefix, key);
}

std::string TermOrHash(const std::string& prefix, std::string_view key) {
  return prefix + (prefix.size() + key.size() <= kMaxTermBytes ? std::string(key) : HashedKey(key));
}

std::string AttributeTerm(std::string_view name, std::string_view value) {
  std::string prefix = schema::kAttributePrefix;
  const std::string name_key = schema::AttributeNameKey(name);
  prefix += name_key.size() <= 100 ? name_key : HashedKey(name_key);
  // '=' in the key: its hashed form, '#' and hex digits, cannot be a value's.
  std::string key = schema::AttributeValueKey(value);
  key.insert(0, 1, '=');  // not "=" + a temporary: GCC 12's -Wrestrict false positive
  return TermOrHash(prefix, key);
}

std::string TermProblem(const CommentRecord& c) {
  auto too_long = [](const std::string& term) { return term.size() > kMaxTermBytes; };
  auto say = [](const char* field, const std::string& value) {
    return std::string(field) + ": " + std::to_string(value.size()) + " bytes, more than the index takes";
  };
  if (too_long(IdTerm(c))) return say(c.comment_id.empty() ? "id" : "comment_id", c.comment_key());
  if (too_long(ReturnTerm(c))) return say("return_id", c.return_key());
  auto filter = [&](const char* prefix, const std::string& value) {
    return too_long(prefix + schema::FilterValue(value));
  };
  if (filter(schema::kDistrictPrefix, c.district)) return say("district", c.district);
  if (filter(schema::kCollaborativePrefix, c.collaborative_name())) return say("collaborative", c.collaborative_name());
  for (const std::string& l : c.lead_school_names()) {
    if (filter(schema::kLeadSchoolPrefix, l)) return say("lead_schools", l);
  }
  if (filter(schema::kRoundPrefix, c.round)) return say("round", c.round);
  for (const std::string& t : c.tagging().themes) {
    if (filter(schema::kThemePrefix, t)) return say("themes", t);
  }
  return {};
}

namespace {

// The English stemmer, noting each word it is given: the TermGenerator hands
// its stemmer every word of the text, lower case, as the words as written
// were indexed until schema 9 (STEM_NONE), so what it notes is the text's
// vocabulary without a second pass over the text.
class NotingStemmer : public Xapian::StemImplementation {
 public:
  explicit NotingStemmer(std::vector<std::string>* words) : words_(words) {}
  std::string operator()(const std::string& word) override {
    words_->push_back(word);
    return english_(word);
  }
  std::string get_description() const override { return "english, noting each word"; }

 private:
  std::vector<std::string>* words_;
  Xapian::Stem english_{"english"};
};

}  // namespace

TextTerms::TextTerms() {
  stemmed_.set_stemmer(Xapian::Stem(new NotingStemmer(&words_)));
  stemmed_.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
}

void TextTerms::Index(const std::string& text, Xapian::Document& doc) {
  stemmed_.set_document(doc);
  stemmed_.index_text(text);
}

void TextTerms::TakeWords(std::vector<std::string>& out) {
  if (out.empty()) {
    out.swap(words_);
  } else {
    out.insert(out.end(), std::make_move_iterator(words_.begin()), std::make_move_iterator(words_.end()));
  }
  words_.clear();
}

TextTerms& ThreadTextTerms() {
  thread_local TextTerms terms;
  return terms;
}

Xapian::Document EncodeComment(const CommentRecord& c, TextTerms& text_terms) {
  Xapian::Document doc;
  text_terms.Index(c.text, doc);
  auto filter = [&](const char* prefix, const std::string& value) {
    const std::string v = schema::FilterValue(value);
    if (!v.empty()) doc.add_boolean_term(prefix + v);
  };
  doc.add_boolean_term(IdTerm(c));
  const Tagging& tags = c.tagging();
  for (const std::string& t : tags.themes) filter(schema::kThemePrefix, t);
  if (tags.themes.empty()) filter(schema::kThemePrefix, kNoThemeId);
  for (const std::string& t : tags.pending) filter(schema::kPendingPrefix, t);
  filter(schema::kDistrictPrefix, c.district);
  filter(schema::kCollaborativePrefix, c.collaborative_name());
  for (const std::string& l : c.lead_school_names()) filter(schema::kLeadSchoolPrefix, l);
  if (c.question) filter(schema::kQuestionPrefix, std::to_string(c.question));
  filter(schema::kRoundPrefix, c.round);
  doc.add_boolean_term(ReturnTerm(c));
  if (const std::string source = SourceTerm(c); !source.empty()) doc.add_boolean_term(source);
  for (const auto& [name, json] : c.attributes) doc.add_boolean_term(AttributeTerm(name, AttributeText(json)));

  doc.add_value(schema::kFacetsSlot, PackFacets(c));
  char position[16];
  std::snprintf(position, sizeof position, "%08d", c.position);
  doc.add_value(schema::kOrderSlot, c.district + '\x1f' + c.collaborative_name() + '\x1f' + c.return_key() + '\x1f' +
                                        position);

  std::string data;
  JsonWriter w(data);
  CommentJsonOptions untagged;
  untagged.tags = false;
  WriteCommentJson(c, w, untagged);
  if (c.tags) {
    data += '\0';
    PackTags(c.text, *c.tags, data);
  }
  doc.set_data(std::move(data));
  return doc;
}

Result<CommentRecord> DecodeCommentData(const std::string& data, unsigned docid) {
  thread_local CommentJsonReader reader;
  CommentRecord c;
  const size_t nul = data.find('\0');
  const std::string_view json = std::string_view(data).substr(0, nul);
  auto corrupt = [&] { return Status::Corruption("document " + std::to_string(docid) + " holds no comment data"); };
  if (reader.Read(json, c) != CommentJsonReader::Problem::kNone) return corrupt();
  if (nul != std::string::npos) {
    c.tags.emplace();
    if (!UnpackTags(std::string_view(data).substr(nul + 1), c.text, *c.tags)) return corrupt();
  }
  if (!c.tags) c.tags.emplace();
  return c;
}

Result<CommentRecord> DecodeComment(const Xapian::Document& doc) {
  return DecodeCommentData(doc.get_data(), doc.get_docid());
}

}  // namespace returns
