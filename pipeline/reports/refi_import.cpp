#include "pipeline/reports/refi_import.h"

#include <pugixml.hpp>

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <set>

#include "corpus/base/utf8.h"
#include "corpus/base/zip_archive.h"
#include "corpus/codec/json_writer.h"
#include "lexicon/codebook/lexicon_text.h"
#include "lexicon/codebook/theme_id.h"
#include "pipeline/reports/refi_comment_map.h"
#include "pipeline/reports/refi_common.h"

namespace returns {
namespace {

// An element's name without a namespace prefix ("qda:Code" → "Code").
std::string_view LocalName(const pugi::xml_node& n) {
  std::string_view name = n.name();
  const size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

std::vector<pugi::xml_node> Children(const pugi::xml_node& n, std::string_view name) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element && LocalName(c) == name) out.push_back(c);
  }
  return out;
}

pugi::xml_node Child(const pugi::xml_node& n, std::string_view name) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_element && LocalName(c) == name) return c;
  }
  return {};
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// A GUID as compared: lower case, without braces.
std::string GuidKey(std::string_view g) {
  if (g.size() >= 2 && g.front() == '{' && g.back() == '}') g = g.substr(1, g.size() - 2);
  return Lower(g);
}

struct Code {
  std::string theme;                // empty: the pending code, or no theme
  bool pending = false;
  std::optional<std::string> parent;  // parent code's GUID key
};

class Reader {
 public:
  Reader(const Lexicon& lexicon, RefiCoding& out) : lexicon_(lexicon), out_(out) {}

  // The code tree under <Codes>, walked with a stack of our own: however deep
  // a file nests its codes, the call stack stays flat.
  void ReadCodes(const pugi::xml_node& codes) {
    std::vector<std::pair<pugi::xml_node, std::optional<std::string>>> todo = {{codes, std::nullopt}};
    while (!todo.empty()) {
      const auto [node, parent] = todo.back();
      todo.pop_back();
      for (const pugi::xml_node& c : Children(node, "Code")) {
        const std::string guid = GuidKey(c.attribute("guid").as_string());
        const std::string name = c.attribute("name").as_string();
        Code code;
        code.parent = parent;
        if (guid == refi::PendingCodeGuid() || name == refi::kPendingCodeName) {
          code.pending = true;
          out_.pending_coded = true;
        } else {
          code.theme = ThemeOf(guid, name);
        }
        codes_[guid] = code;
        todo.emplace_back(c, guid);
      }
    }
  }

  void ReadVariables(const pugi::xml_node& variables) {
    for (const pugi::xml_node& v : Children(variables, "Variable")) {
      variables_[GuidKey(v.attribute("guid").as_string())] = v.attribute("name").as_string();
    }
  }

  void ReadSource(const pugi::xml_node& source, const ZipArchive* zip) {
    const std::string name = source.attribute("name").as_string();
    std::optional<std::string> text = SourceText(source, zip, name);
    if (!text) return;
    ++out_.sources;
    // Code point i starts at byte at[i]; at[n] is the text's size.
    std::vector<size_t> at;
    for (size_t i = 0; i < text->size(); ++i) {
      if ((static_cast<unsigned char>((*text)[i]) & 0xC0) != 0x80) at.push_back(i);
    }
    at.push_back(text->size());
    const size_t length = at.size() - 1;

    std::string round;
    int question = 0;
    for (const pugi::xml_node& v : Children(source, "VariableValue")) {
      const std::string variable = variables_[GuidKey(Child(v, "VariableRef").attribute("targetGUID").as_string())];
      pugi::xml_node value = Child(v, "TextValue");
      if (!value) value = Child(v, "IntegerValue");
      if (variable == "round") round = value.text().as_string();
      if (variable == "question") question = value.text().as_int();
    }

    std::vector<refi::CommentSpan> spans = refi::ReadCommentMap(Child(source, "Description").text().as_string(), length);
    if (spans.empty()) {
      const bool named_by_round = !round.empty() && name.rfind(round + "/", 0) == 0;
      spans = refi::Paragraphs(*text, at, named_by_round ? name.substr(round.size() + 1) : name);
    }

    const size_t first = out_.comments.size();
    for (const refi::CommentSpan& s : spans) {
      ImportedComment c;
      c.id = s.id;
      c.round = round;
      c.question = question;
      c.text = ToNfc(std::string_view(*text).substr(at[s.begin], at[s.end] - at[s.begin]));
      out_.comments.push_back(std::move(c));
    }
    std::vector<std::map<std::string, bool>> coded(spans.size());  // theme → every coding of it pending

    auto apply = [&](const pugi::xml_node& holder, size_t from, size_t to, bool whole) {
      std::vector<std::string> themes;
      bool pending = false;
      for (const pugi::xml_node& coding : Children(holder, "Coding")) {
        ++out_.codings;
        const std::string target = GuidKey(Child(coding, "CodeRef").attribute("targetGUID").as_string());
        const auto code = codes_.find(target);
        if (code == codes_.end()) {
          ++unknown_codes_;
          continue;
        }
        if (code->second.pending) {
          pending = true;
          continue;
        }
        size_t steps = 0;  // a cycle of parents (one GUID given twice) ends
        for (auto c = code; c != codes_.end() && steps++ <= codes_.size();
             c = c->second.parent ? codes_.find(*c->second.parent) : codes_.end()) {
          if (!c->second.theme.empty()) themes.push_back(c->second.theme);
        }
      }
      if (themes.empty()) return;
      bool placed = false;
      for (size_t k = 0; k < spans.size(); ++k) {
        const bool inside = whole || (to > from ? from < spans[k].end && to > spans[k].begin
                                                : from >= spans[k].begin && from <= spans[k].end);
        if (!inside) continue;
        placed = true;
        for (const std::string& t : themes) {
          const auto [entry, fresh] = coded[k].emplace(t, pending);
          if (!fresh) entry->second = entry->second && pending;
        }
      }
      if (!placed) ++outside_;
    };
    apply(source, 0, 0, true);
    for (const pugi::xml_node& selection : Children(source, "PlainTextSelection")) {
      ++out_.selections;
      const long long from = selection.attribute("startPosition").as_llong(-1);
      const long long to = selection.attribute("endPosition").as_llong(-1);
      if (from < 0 || to < 0 || static_cast<size_t>(std::max(from, to)) > length) {
        ++out_of_range_;
        continue;
      }
      apply(selection, static_cast<size_t>(std::min(from, to)), static_cast<size_t>(std::max(from, to)), false);
    }
    for (size_t k = 0; k < spans.size(); ++k) {
      ImportedComment& c = out_.comments[first + k];
      for (const auto& [theme, pending] : coded[k]) {
        c.themes.push_back(theme);
        if (pending) c.pending.push_back(theme);
      }
    }
  }

  void Finish() {
    auto note = [&](size_t n, const std::string& what) {
      if (n > 0) out_.notes.push_back(std::to_string(n) + " " + what);
    };
    note(outside_, "selection(s) in no comment (between comments): left out");
    note(out_of_range_, "selection(s) with positions outside their source's text: left out");
    note(unknown_codes_, "coding(s) of a code the project does not define: left out");
    note(not_text_, "source(s) that are not text (PDF, picture, audio, video): left out");
    note(no_text_, "text source(s) whose text is missing or not in the file (external paths): left out");
    note(repaired_, "text source(s) not valid UTF-8: bad bytes read as U+FFFD");
    constexpr size_t kNamed = 20;  // codes named one by one; the rest counted
    size_t named = 0;
    for (const auto& [name, id] : guessed_) {
      if (named++ == kNamed) {
        out_.notes.push_back("and " + std::to_string(guessed_.size() - kNamed) +
                             " more codes that are no theme of the lexicon, read as themes by their names");
        break;
      }
      out_.notes.push_back("code '" + Printable(name) + "' is no theme of the lexicon: read as theme '" + id + "'");
    }
  }

  void NotText() { ++not_text_; }

 private:
  std::string ThemeOf(const std::string& guid, const std::string& name) {
    for (const Theme& t : lexicon_.themes) {
      if (refi::CodeGuid(t.id) == guid) return t.id;
    }
    for (const Theme& t : lexicon_.themes) {
      if (t.label == name || t.id == name) return t.id;
    }
    for (const Theme& t : lexicon_.themes) {
      if (Lower(t.label) == Lower(name) || Lower(t.id) == Lower(name)) return t.id;
    }
    std::string id = ThemeId(name);
    if (id.empty()) id = "code_" + guid.substr(0, 8);
    guessed_.emplace(name, id);
    return id;
  }

  std::optional<std::string> SourceText(const pugi::xml_node& source, const ZipArchive* zip, const std::string& name) {
    std::string text;
    const std::string path = source.attribute("plainTextPath").as_string();
    if (pugi::xml_node content = Child(source, "PlainTextContent")) {
      text = content.text().as_string();
    } else if (path.rfind("internal://", 0) == 0 && zip != nullptr) {
      if (parts_.empty()) {
        for (const std::string& n : zip->names()) parts_.emplace(Lower(n), n);
      }
      const auto part = parts_.find(Lower(std::string(refi::kSourcesFolder) + "/" + path.substr(11)));
      Result<std::string> read = part != parts_.end() ? zip->Read(part->second) : Result<std::string>(Status::NotFound(name));
      if (!read.ok()) {
        ++no_text_;
        return std::nullopt;
      }
      text = std::move(read).value();
    } else {
      ++no_text_;
      return std::nullopt;
    }
    if (!CheckUtf8(text, name).ok()) {
      text = RepairUtf8(text);
      ++repaired_;
    }
    return text;
  }

  const Lexicon& lexicon_;
  RefiCoding& out_;
  std::map<std::string, Code> codes_;
  std::map<std::string, std::string> variables_;
  std::map<std::string, std::string> guessed_;
  std::map<std::string, std::string> parts_;  // the archive's part names, by their lower case
  size_t outside_ = 0, out_of_range_ = 0, unknown_codes_ = 0, not_text_ = 0, no_text_ = 0, repaired_ = 0;
};

}  // namespace

Result<RefiCoding> ReadRefiCoding(std::string_view bytes, const std::string& where, const Lexicon& lexicon) {
  std::optional<ZipArchive> zip;
  std::string xml;
  if (LooksLikeZip(bytes)) {
    Result<ZipArchive> opened = ZipArchive::Open(bytes, where);
    if (!opened.ok()) return opened.status();
    zip.emplace(std::move(opened).value());
    const std::string* qde = nullptr;
    for (const std::string& n : zip->names()) {
      if (Lower(n) == "project.qde") qde = &n;
    }
    if (qde == nullptr) return Status::InvalidInput(where, "no project.qde in the archive: not a REFI-QDA project");
    Result<std::string> read = zip->Read(*qde);
    if (!read.ok()) return read.status();
    xml = std::move(read).value();
  } else if (bytes.find_first_not_of(" \t\r\n") == std::string_view::npos) {
    return Status::InvalidInput(where, "an empty file: not a REFI-QDA project (.qdpx, a zip archive, or its project.qde)");
  } else {
    xml.assign(bytes);
  }
  // REFI-QDA projects are UTF-8; pugixml does not check, and a bad byte in a
  // name would reach the gold file's ids.
  if (Status utf8 = CheckUtf8(xml, where + " (project.qde)"); !utf8.ok()) return utf8;
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    // Not a zip archive, and not XML: some other file (a CSV, a Word document) given by mistake.
    const std::string what = zip ? "project.qde is not XML (" : "not a REFI-QDA project: neither a .qdpx (a zip archive) nor its project.qde (XML: ";
    return Status::InvalidInput(where, what + parsed.description() + " at byte " + std::to_string(parsed.offset) + ")");
  }
  const pugi::xml_node project = doc.document_element();
  if (LocalName(project) != "Project") {
    return Status::InvalidInput(where, "project.qde has no <Project> element: not a REFI-QDA project");
  }
  RefiCoding out;
  Reader reader(lexicon, out);
  if (pugi::xml_node codes = Child(Child(project, "CodeBook"), "Codes")) reader.ReadCodes(codes);
  reader.ReadVariables(Child(project, "Variables"));
  for (const pugi::xml_node& s : Child(project, "Sources").children()) {
    if (s.type() != pugi::node_element) continue;
    if (LocalName(s) == "TextSource") {
      reader.ReadSource(s, zip ? &*zip : nullptr);
    } else {
      reader.NotText();
    }
  }
  reader.Finish();
  for (ImportedComment& c : out.comments) {
    std::sort(c.themes.begin(), c.themes.end());
    std::sort(c.pending.begin(), c.pending.end());
  }
  return out;
}

std::string GoldJsonl(const RefiCoding& coding) {
  std::string out;
  for (const ImportedComment& c : coding.comments) {
    JsonWriter w(out);
    w.BeginObject();
    w.Key("id");
    w.String(c.id);
    if (!c.round.empty()) {
      w.Key("round");
      w.String(c.round);
    }
    if (c.question > 0) {
      w.Key("question");
      w.Int(c.question);
    }
    w.Key("text");
    w.String(c.text);
    w.Key("themes");
    w.StringArray(c.themes);
    if (coding.pending_coded) {
      w.Key("pending");
      w.StringArray(c.pending);
    }
    w.EndObject();
    out += '\n';
  }
  return out;
}

}  // namespace returns
