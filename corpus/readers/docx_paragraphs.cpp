#include "corpus/readers/docx_paragraphs.h"

#include <pugixml.hpp>

#include <map>
#include <string_view>

namespace returns {
namespace {

constexpr std::string_view kMainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kStrictNamespace = "http://purl.oclc.org/ooxml/wordprocessingml/main";
// Deeper nesting of tables, content controls and links than any document
// has; beyond it a file is refused rather than walked on the stack.
constexpr int kMaxDepth = 100;

// WordprocessingML names in one part, under whatever prefix the part's root
// gives the namespace ("w:" as Word writes it; Strict documents too).
class Names {
 public:
  explicit Names(pugi::xml_node root) {
    for (pugi::xml_attribute a : root.attributes()) {
      const std::string_view name = a.name();
      if (a.value() != kMainNamespace && a.value() != kStrictNamespace) continue;
      if (name == "xmlns") prefix_.clear();
      else if (name.substr(0, 6) == "xmlns:") prefix_ = std::string(name.substr(6)) + ":";
    }
  }

  // The node's name without the prefix; empty for another namespace's node.
  std::string_view Local(pugi::xml_node n) const {
    const std::string_view name = n.name();
    if (n.type() != pugi::node_element || name.substr(0, prefix_.size()) != prefix_) return {};
    return name.substr(prefix_.size());
  }

  pugi::xml_node Child(pugi::xml_node n, std::string_view local) const {
    for (pugi::xml_node c : n.children()) {
      if (Local(c) == local) return c;
    }
    return {};
  }

  // The w:val (or other attribute) of a node; empty when absent.
  std::string_view Attr(pugi::xml_node n, std::string_view local) const {
    const std::string name = prefix_ + std::string(local);
    return n.attribute(name.c_str()).value();
  }

  // An on/off property (<w:vanish/>, <w:vanish w:val="false"/>) that is present and on.
  bool On(pugi::xml_node property) const {
    if (!property) return false;
    const std::string_view v = Attr(property, "val");
    return v != "false" && v != "0" && v != "off";
  }

 private:
  std::string prefix_ = "w:";
};

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// w:outlineLvl "0"…"8" → heading level 1…9.
int OutlineLevel(std::string_view val) {
  return val.size() == 1 && val[0] >= '0' && val[0] <= '8' ? val[0] - '0' + 1 : 1;
}

// What a paragraph style makes a paragraph, following the styles it is based on.
struct StyleKind {
  bool heading = false;
  int level = 0;  // the heading's level
  bool list = false;
  bool contents = false;  // a table-of-contents entry
};

class Styles {
 public:
  // From word/styles.xml; no styles when the document has none.
  static Result<Styles> Read(const ZipArchive& zip, const std::string& where) {
    Styles styles;
    if (!zip.Has("word/styles.xml")) return styles;
    Result<std::string> xml = zip.Read("word/styles.xml");
    if (!xml.ok()) return xml.status();
    pugi::xml_document doc;
    const pugi::xml_parse_result parsed = doc.load_buffer(xml.value().data(), xml.value().size());
    if (!parsed) {
      return Status::InvalidInput(where, std::string("word/styles.xml is not well-formed XML (") + parsed.description() +
                                             " at byte " + std::to_string(parsed.offset) + ")");
    }
    const Names w(doc.document_element());
    for (pugi::xml_node s : doc.document_element().children()) {
      if (w.Local(s) != "style" || w.Attr(s, "type") != "paragraph") continue;
      Style style;
      style.name = Lower(w.Attr(w.Child(s, "name"), "val"));
      style.based_on = w.Attr(w.Child(s, "basedOn"), "val");
      const pugi::xml_node ppr = w.Child(s, "pPr");
      if (const pugi::xml_node outline = w.Child(ppr, "outlineLvl")) style.outline = std::string(w.Attr(outline, "val"));
      if (const pugi::xml_node num = w.Child(w.Child(ppr, "numPr"), "numId")) style.numbered = w.Attr(num, "val") != "0" ? 1 : 0;
      const std::string id(w.Attr(s, "styleId"));
      if (w.Attr(s, "default") == "1" || w.Attr(s, "default") == "true") styles.default_ = id;
      styles.styles_[id] = std::move(style);
    }
    return styles;
  }

  // The kind a paragraph of style `id` has (the default style when empty).
  StyleKind Kind(std::string_view id) const {
    StyleKind kind;
    bool outline_known = false;
    int numbered = -1;
    bool list_name = false;
    std::string at(id.empty() ? std::string_view(default_) : id);
    for (int depth = 0; depth < 16 && !at.empty(); ++depth) {
      const auto it = styles_.find(at);
      if (it == styles_.end()) break;
      const Style& s = it->second;
      if (s.name == "title" || (s.name.size() == 9 && s.name.rfind("heading ", 0) == 0 && s.name[8] >= '1' && s.name[8] <= '9')) {
        kind.heading = true;
        if (kind.level == 0) kind.level = s.name == "title" ? 1 : s.name[8] - '0';
      }
      if (!outline_known && !s.outline.empty()) {
        outline_known = true;
        if (s.outline != "9") {
          kind.heading = true;
          if (kind.level == 0) kind.level = OutlineLevel(s.outline);
        }
      }
      if (numbered < 0) numbered = s.numbered;
      if (s.name == "list paragraph" || s.name.rfind("list bullet", 0) == 0 || s.name.rfind("list number", 0) == 0) {
        list_name = true;
      }
      if (s.name.rfind("toc ", 0) == 0) kind.contents = true;
      at = s.based_on;
    }
    kind.list = numbered >= 0 ? numbered == 1 : list_name;
    return kind;
  }

 private:
  struct Style {
    std::string name;      // lower case: "heading 2", "list bullet"
    std::string based_on;  // a style id
    std::string outline;   // w:outlineLvl, "" when not set; "9" is body text
    int numbered = -1;     // its own numbering: 1 on, 0 removed, -1 not set
  };
  std::map<std::string, Style, std::less<>> styles_;
  std::string default_;
};

// The body in document order, with the changes accepted.
class Walker {
 public:
  Walker(const Names& w, const Styles& styles) : w_(w), styles_(styles) {}

  struct Place {
    int table = 0;
    int row = 0;
    int cell = 0;
  };

  // Paragraphs, tables and content controls under `parent`; their text left
  // out (but the paragraphs counted) when `empty`.
  void Blocks(pugi::xml_node parent, Place at, bool empty, int depth) {
    if (!Deeper(depth)) return;
    for (pugi::xml_node c : parent.children()) {
      const std::string_view local = w_.Local(c);
      if (local == "p") Paragraph(c, at, empty, depth);
      else if (local == "tbl") Table(c, empty, depth);
      else if (local == "sdt") Blocks(w_.Child(c, "sdtContent"), at, empty || Placeholder(c), depth + 1);
      else if (local == "customXml") Blocks(c, at, empty, depth + 1);
    }
  }

  Result<std::vector<DocxParagraph>> Finish(const std::string& where) {
    if (too_deep_) {
      return Status::InvalidInput(where, "word/document.xml nests tables, content controls or links more than " +
                                             std::to_string(kMaxDepth) + " deep");
    }
    if (!carried_.empty()) paragraphs_[carried_from_].text = std::move(carried_);
    return std::move(paragraphs_);
  }

 private:
  bool Deeper(int depth) {
    if (depth > kMaxDepth) too_deep_ = true;
    return !too_deep_;
  }

  // A content control still showing its placeholder text holds no answer.
  bool Placeholder(pugi::xml_node sdt) const { return w_.On(w_.Child(w_.Child(sdt, "sdtPr"), "showingPlcHdr")); }

  void Table(pugi::xml_node tbl, bool empty, int depth) {
    const int table = ++tables_;
    int row = 0;
    Rows(tbl, table, row, empty, depth + 1);
  }

  void Rows(pugi::xml_node parent, int table, int& row, bool empty, int depth) {
    if (!Deeper(depth)) return;
    for (pugi::xml_node c : parent.children()) {
      const std::string_view local = w_.Local(c);
      if (local == "tr") {
        const bool deleted = static_cast<bool>(w_.Child(w_.Child(c, "trPr"), "del"));
        int cell = 0;
        Cells(c, table, row, cell, empty || deleted, depth + 1);
        ++row;
      } else if (local == "sdt") {
        Rows(w_.Child(c, "sdtContent"), table, row, empty || Placeholder(c), depth + 1);
      } else if (local == "customXml") {
        Rows(c, table, row, empty, depth + 1);
      }
    }
  }

  void Cells(pugi::xml_node parent, int table, int row, int& cell, bool empty, int depth) {
    if (!Deeper(depth)) return;
    for (pugi::xml_node c : parent.children()) {
      const std::string_view local = w_.Local(c);
      if (local == "tc") {
        Blocks(c, Place{table, row, cell}, empty, depth + 1);
        ++cell;
      } else if (local == "sdt") {
        Cells(w_.Child(c, "sdtContent"), table, row, cell, empty || Placeholder(c), depth + 1);
      } else if (local == "customXml") {
        Cells(c, table, row, cell, empty, depth + 1);
      }
    }
  }

  void Paragraph(pugi::xml_node p, Place at, bool empty, int depth) {
    DocxParagraph out;
    out.number = static_cast<int>(paragraphs_.size()) + 1;
    out.table = at.table;
    out.row = at.row;
    out.cell = at.cell;
    const pugi::xml_node ppr = w_.Child(p, "pPr");
    const StyleKind style = styles_.Kind(w_.Attr(w_.Child(ppr, "pStyle"), "val"));
    const pugi::xml_node outline = w_.Child(ppr, "outlineLvl");
    const pugi::xml_node num = w_.Child(w_.Child(ppr, "numPr"), "numId");
    if (outline ? w_.Attr(outline, "val") != "9" : style.heading) {
      out.kind = DocxParagraph::Kind::kHeading;
      out.level = outline ? OutlineLevel(w_.Attr(outline, "val")) : style.level;
    }
    else if (num ? w_.Attr(num, "val") != "0" : style.list) out.kind = DocxParagraph::Kind::kListItem;
    if (!empty && !style.contents) Inline(p, out.text, depth + 1);
    // Accepting a deleted paragraph mark joins the paragraph to the next.
    if (!carried_.empty()) {
      out.text = carried_ + out.text;
      carried_.clear();
    }
    const pugi::xml_node mark = w_.Child(ppr, "rPr");
    if (w_.Child(mark, "del") || w_.Child(mark, "moveFrom")) {
      carried_ = std::move(out.text);
      out.text.clear();
      carried_from_ = paragraphs_.size();
    }
    paragraphs_.push_back(std::move(out));
  }

  // The text of runs under `parent`, deletions and old places of moves left out.
  void Inline(pugi::xml_node parent, std::string& text, int depth) {
    if (!Deeper(depth)) return;
    for (pugi::xml_node c : parent.children()) {
      const std::string_view local = w_.Local(c);
      if (local.empty() || local == "pPr" || local == "del" || local == "moveFrom") continue;
      if (local == "r") Run(c, text);
      else if (local == "sdt") {
        if (!Placeholder(c)) Inline(w_.Child(c, "sdtContent"), text, depth + 1);
      } else {
        Inline(c, text, depth + 1);  // ins, moveTo, hyperlink, fldSimple, smartTag, customXml, …
      }
    }
  }

  void Run(pugi::xml_node r, std::string& text) const {
    if (w_.On(w_.Child(w_.Child(r, "rPr"), "vanish"))) return;  // hidden text
    for (pugi::xml_node c : r.children()) {
      const std::string_view local = w_.Local(c);
      if (local == "t") text += c.text().get();
      else if (local == "tab" || local == "ptab") text += '\t';
      else if (local == "br" || local == "cr") text += '\n';
      else if (local == "noBreakHyphen") text += '-';
      // delText, instrText (field codes), softHyphen, drawings, references: nothing.
    }
  }

  const Names& w_;
  const Styles& styles_;
  std::vector<DocxParagraph> paragraphs_;
  int tables_ = 0;
  bool too_deep_ = false;
  std::string carried_;  // the text of a paragraph whose mark was deleted
  size_t carried_from_ = 0;
};

}  // namespace

Result<std::vector<DocxParagraph>> ReadDocxParagraphs(const ZipArchive& zip, const std::string& where) {
  if (!zip.Has("word/document.xml")) {
    return Status::InvalidInput(where, "not a Word document: the archive has no word/document.xml");
  }
  Result<std::string> xml = zip.Read("word/document.xml");
  if (!xml.ok()) return xml.status();
  Result<Styles> styles = Styles::Read(zip, where);
  if (!styles.ok()) return styles.status();
  pugi::xml_document doc;
  // Whitespace-only text is kept: <w:t xml:space="preserve"> </w:t> is a space between words.
  const pugi::xml_parse_result parsed =
      doc.load_buffer(xml.value().data(), xml.value().size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!parsed) {
    return Status::InvalidInput(where, std::string("word/document.xml is not well-formed XML (") +
                                           parsed.description() + " at byte " + std::to_string(parsed.offset) + ")");
  }
  const Names w(doc.document_element());
  const pugi::xml_node body = w.Child(doc.document_element(), "body");
  if (w.Local(doc.document_element()) != "document" || !body) {
    return Status::InvalidInput(where, "not a Word document: word/document.xml has no document body");
  }
  Walker walker(w, styles.value());
  walker.Blocks(body, Walker::Place{}, false, 0);
  return walker.Finish(where);
}

}  // namespace returns
