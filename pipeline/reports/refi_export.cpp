#include "pipeline/reports/refi_export.h"

#include <pugixml.hpp>

#include <map>
#include <set>
#include <sstream>

#include "corpus/base/utf8.h"
#include "pipeline/writers/zip_writer.h"
#include "pipeline/reports/refi_codebook.h"
#include "pipeline/reports/refi_comment_map.h"
#include "pipeline/reports/refi_common.h"
#include "pipeline/reports/refi_selections.h"

namespace returns {
namespace {

using refi::Guid;

// Text XML 1.0 can hold: control characters other than tab, line feed and
// carriage return become U+FFFD (one character for one, so nothing moves).
std::string XmlText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) {
      out += "\xEF\xBF\xBD";
    } else {
      out += ch;
    }
  }
  return out;
}

struct Variable {
  const char* name;
  const char* type;
  const char* description;
};
constexpr Variable kVariables[] = {
    {"district", "Text", "the district of the return's collaborative"},
    {"collaborative", "Text", "the collaborative (the register's name where it knows it)"},
    {"lead schools", "Text", "the collaborative's lead schools, separated by '; '"},
    {"question", "Integer", "the question the return answers, 1-5"},
    {"round", "Text", "the round of returns"},
};

// One return in one round: its comments in order.
struct ReturnSource {
  std::string key;  // round/return id
  std::vector<const CommentRecord*> comments;
};

void AddValue(pugi::xml_node parent, const char* variable, const std::string& text, bool integer) {
  pugi::xml_node value = parent.append_child("VariableValue");
  value.append_child("VariableRef").append_attribute("targetGUID") = Guid("variable", variable).c_str();
  value.append_child(integer ? "IntegerValue" : "TextValue").text() = XmlText(text).c_str();
}

void AddVariables(pugi::xml_node source, const CommentRecord& c) {
  if (!c.district.empty()) AddValue(source, "district", c.district, false);
  if (!c.collaborative_name().empty()) AddValue(source, "collaborative", c.collaborative_name(), false);
  std::string leads;
  for (const std::string& l : c.lead_school_names()) leads += (leads.empty() ? "" : "; ") + l;
  if (!leads.empty()) AddValue(source, "lead schools", leads, false);
  if (c.question > 0) AddValue(source, "question", std::to_string(c.question), true);
  if (!c.round.empty()) AddValue(source, "round", c.round, false);
}

void AddCoding(pugi::xml_node selection, const std::string& key, const std::string& code_guid) {
  pugi::xml_node coding = selection.append_child("Coding");
  coding.append_attribute("guid") = Guid("coding", key).c_str();
  coding.append_attribute("creatingUser") = refi::UserGuid().c_str();
  coding.append_child("CodeRef").append_attribute("targetGUID") = code_guid.c_str();
}

// The name of a source: its return id, after its round when it has one.
std::string SourceName(const CommentRecord& c) {
  return c.round.empty() ? c.return_key() : c.round + "/" + c.return_key();
}

}  // namespace

Result<RefiProject> MakeRefiProject(const std::vector<CommentRecord>& comments, const Lexicon& lexicon,
                                    const RefiExportOptions& options) {
  RefiProject project;
  // Returns in the order their first comment comes; comments by position.
  std::vector<ReturnSource> sources;
  std::map<std::string, size_t> source_of;
  for (const CommentRecord& c : comments) {
    const std::string key = SourceName(c);
    const auto [it, fresh] = source_of.emplace(key, sources.size());
    if (fresh) sources.push_back({key, {}});
    sources[it->second].comments.push_back(&c);
  }
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "utf-8";
  pugi::xml_node root = doc.append_child("Project");
  root.append_attribute("xmlns") = refi::kProjectNamespace;
  root.append_attribute("name") = XmlText(options.project_name).c_str();
  root.append_attribute("origin") = XmlText(options.origin).c_str();
  root.append_attribute("creatingUserGUID") = refi::UserGuid().c_str();
  pugi::xml_node user = root.append_child("Users").append_child("User");
  user.append_attribute("guid") = refi::UserGuid().c_str();
  user.append_attribute("name") = refi::kUserName;
  // A theme matched that the lexicon lacks (a database tagged with another
  // lexicon than --lexicon) gets a code of its own, named by its id, so that
  // every coding refers to a code.
  Lexicon codebook = lexicon;
  std::set<std::string> known;
  for (const Theme& t : lexicon.themes) known.insert(t.id);
  for (const CommentRecord& c : comments) {
    for (const ThemeMatch& m : c.tagging().matches) {
      if (known.insert(m.theme).second) codebook.themes.push_back(Theme{m.theme, m.theme, {}, {}, {}, {}, 0});
    }
  }
  project.counts.codes = refi::AppendCodes(root.append_child("CodeBook"), codebook);

  pugi::xml_node variables = root.append_child("Variables");
  for (const Variable& v : kVariables) {
    pugi::xml_node var = variables.append_child("Variable");
    var.append_attribute("guid") = Guid("variable", v.name).c_str();
    var.append_attribute("name") = v.name;
    var.append_attribute("typeOfVariable") = v.type;
    var.append_child("Description").text() = v.description;
  }

  // Cases: one per collaborative, in name order, with its returns.
  std::map<std::string, std::vector<size_t>> cases;
  for (size_t i = 0; i < sources.size(); ++i) {
    const std::string& name = sources[i].comments.front()->collaborative_name();
    if (!name.empty()) cases[name].push_back(i);
  }
  if (!cases.empty()) {
    pugi::xml_node case_list = root.append_child("Cases");
    for (const auto& [name, members] : cases) {
      pugi::xml_node c = case_list.append_child("Case");
      c.append_attribute("guid") = Guid("case", name).c_str();
      c.append_attribute("name") = XmlText(name).c_str();
      std::set<std::string> districts;
      for (size_t i : members) districts.insert(sources[i].comments.front()->district);
      if (districts.size() == 1 && !districts.begin()->empty()) AddValue(c, "district", *districts.begin(), false);
      AddValue(c, "collaborative", name, false);
      for (size_t i : members) c.append_child("SourceRef").append_attribute("targetGUID") = Guid("source", sources[i].key).c_str();
    }
  }

  pugi::xml_node source_list;
  if (!sources.empty()) source_list = root.append_child("Sources");
  const std::string pending_guid = refi::PendingCodeGuid();
  for (const ReturnSource& s : sources) {
    const std::string guid = Guid("source", s.key);
    const std::string part = std::string(refi::kSourcesFolder) + "/" + guid + ".txt";
    pugi::xml_node source = source_list.append_child("TextSource");
    source.append_attribute("guid") = guid.c_str();
    source.append_attribute("name") = XmlText(s.key).c_str();
    source.append_attribute("plainTextPath") = ("internal://" + guid + ".txt").c_str();
    source.append_attribute("creatingUser") = refi::UserGuid().c_str();
    pugi::xml_node description = source.append_child("Description");
    std::string text, map = refi::kCommentMapHeading;
    size_t at = 0;  // code points in `text`
    for (const CommentRecord* c : s.comments) {
      if (!text.empty()) {
        text += refi::kCommentGap;
        at += CodePointCount(refi::kCommentGap);
      }
      const size_t begin = at;
      text += c->text;
      at += CodePointCount(c->text);
      refi::AppendCommentMapLine({begin, at, c->comment_key()}, map);
      ++project.counts.comments;
      const std::string_view t = c->text;
      auto on_boundary = [&](size_t i) { return i == t.size() || (static_cast<unsigned char>(t[i]) & 0xC0) != 0x80; };
      for (const ThemeMatch& match : c->tagging().matches) {
        if (match.start > match.end || match.end > t.size() || !on_boundary(match.start) || !on_boundary(match.end)) {
          return Status::InvalidInput(c->comment_key(), "match " + std::to_string(match.start) + "-" +
                                                             std::to_string(match.end) +
                                                             " of theme " + match.theme + " is not inside its comment's text");
        }
      }
      for (const refi::CodedSpan& span : refi::CodedSpans(c->tagging().matches)) {
        const size_t start = begin + CodePointCount(t.substr(0, span.start));
        const size_t end = start + CodePointCount(t.substr(span.start, span.end - span.start));
        const std::string key = s.key + "#" + c->comment_key() + "#" + std::to_string(span.first_match);
        pugi::xml_node selection = source.append_child("PlainTextSelection");
        selection.append_attribute("guid") = Guid("selection", key).c_str();
        selection.append_attribute("name") = XmlText(Utf8Prefix(t.substr(span.start, span.end - span.start), 200)).c_str();
        selection.append_attribute("startPosition") = static_cast<unsigned long long>(start);
        selection.append_attribute("endPosition") = static_cast<unsigned long long>(end);
        selection.append_attribute("creatingUser") = refi::UserGuid().c_str();
        if (!span.rules.empty()) {
          std::string rules = span.rules.size() == 1 ? "rule " : "rules ";
          for (size_t i = 0; i < span.rules.size(); ++i) {
            if (i) rules += "; ";
            rules += span.rules[i];
          }
          selection.append_child("Description").text() = XmlText(rules).c_str();
        }
        AddCoding(selection, key + "#" + span.theme, refi::CodeGuid(span.theme));
        ++project.counts.codings;
        if (span.pending) {
          AddCoding(selection, key + "#pending", pending_guid);
          ++project.counts.codings;
        }
        ++project.counts.selections;
      }
    }
    description.text() = XmlText(map).c_str();
    AddVariables(source, *s.comments.front());
    project.sources.emplace_back(part, std::move(text));
  }
  project.counts.sources = sources.size();
  if (!options.description.empty()) root.append_child("Description").text() = XmlText(options.description).c_str();
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  project.project_qde = out.str();
  return project;
}

Result<std::string> QdpxBytes(const RefiProject& project, const std::string& where) {
  ZipWriter zip;
  zip.Add("project.qde", project.project_qde);
  for (const auto& [name, text] : project.sources) zip.Add(name, text);
  Result<std::string> bytes = zip.Finish();
  if (!bytes.ok()) return Status::IOError(where, bytes.status().message());
  return bytes;
}

}  // namespace returns
