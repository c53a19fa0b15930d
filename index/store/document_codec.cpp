#include "index/store/document_codec.h"

#include <cstdio>

#include "corpus/codec/comment_json.h"
#include "index/store/schema.h"
#include "lexicon/codebook/theme_id.h"

namespace returns {

std::string IdTerm(const CommentRecord& c) { return std::string(schema::kIdPrefix) + c.round + "/" + c.comment_key(); }

std::string ReturnTerm(const CommentRecord& c) {
  return std::string(schema::kReturnPrefix) + schema::FilterValue(c.round + "/" + c.return_key());
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

Xapian::Document EncodeComment(const CommentRecord& c, Xapian::TermGenerator& termgen) {
  Xapian::Document doc;
  termgen.set_document(doc);
  termgen.index_text(c.text);
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

  doc.add_value(schema::kDistrictSlot, c.district);
  doc.add_value(schema::kCollaborativeSlot, c.collaborative_name());
  doc.add_value(schema::kQuestionSlot, c.question ? std::to_string(c.question) : std::string());
  doc.add_value(schema::kRoundSlot, c.round);
  std::string themes;
  for (const std::string& t : tags.themes) {
    if (!themes.empty()) themes += '\n';
    themes += t;
  }
  doc.add_value(schema::kThemesSlot, themes);
  char position[16];
  std::snprintf(position, sizeof position, "%08d", c.position);
  doc.add_value(schema::kOrderSlot, c.district + '\x1f' + c.collaborative_name() + '\x1f' + c.return_key() + '\x1f' +
                                        position);

  std::string data;
  JsonWriter w(data);
  WriteCommentJson(c, w);
  doc.set_data(std::move(data));
  return doc;
}

Result<CommentRecord> DecodeComment(const Xapian::Document& doc) {
  thread_local CommentJsonReader reader;
  CommentRecord c;
  if (reader.Read(doc.get_data(), c) != CommentJsonReader::Problem::kNone) {
    return Status::Corruption("document " + std::to_string(doc.get_docid()) + " holds no comment data");
  }
  if (!c.tags) c.tags.emplace();
  return c;
}

}  // namespace returns
