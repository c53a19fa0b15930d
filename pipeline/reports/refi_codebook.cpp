#include "pipeline/reports/refi_codebook.h"

#include <pugixml.hpp>

#include <map>
#include <set>
#include <sstream>
#include <vector>

#include "pipeline/reports/refi_common.h"

namespace returns::refi {
namespace {

class CodeTree {
 public:
  explicit CodeTree(const Lexicon& lexicon) : lexicon_(lexicon) {
    for (size_t i = 0; i < lexicon.themes.size(); ++i) index_.emplace(lexicon.themes[i].id, i);
    for (size_t i = 0; i < lexicon.themes.size(); ++i) {
      const Theme& t = lexicon.themes[i];
      const auto parent = t.parent ? index_.find(*t.parent) : index_.end();
      if (parent == index_.end() || parent->second == i) {
        roots_.push_back(i);
      } else {
        children_[parent->second].push_back(i);
      }
    }
  }

  size_t Write(pugi::xml_node codes) {
    size_t written = 0;
    for (size_t i : roots_) written += Append(codes, i);
    // Themes in a cycle of parents are reached from no root: top-level codes.
    for (size_t i = 0; i < lexicon_.themes.size(); ++i) {
      if (!done_.count(i)) written += Append(codes, i);
    }
    return written;
  }

 private:
  size_t Append(pugi::xml_node parent, size_t i) {
    if (!done_.insert(i).second) return 0;
    const Theme& t = lexicon_.themes[i];
    pugi::xml_node code = parent.append_child("Code");
    code.append_attribute("guid") = CodeGuid(t.id).c_str();
    code.append_attribute("name") = (t.label.empty() ? t.id : t.label).c_str();
    code.append_attribute("isCodable") = "true";
    if (!t.description.empty()) code.append_child("Description").text() = t.description.c_str();
    size_t written = 1;
    const auto kids = children_.find(i);
    if (kids != children_.end()) {
      for (size_t k : kids->second) written += Append(code, k);
    }
    return written;
  }

  const Lexicon& lexicon_;
  std::map<std::string, size_t> index_;
  std::vector<size_t> roots_;
  std::map<size_t, std::vector<size_t>> children_;
  std::set<size_t> done_;
};

}  // namespace

size_t AppendCodes(pugi::xml_node parent, const Lexicon& lexicon) {
  pugi::xml_node codes = parent.append_child("Codes");
  size_t written = CodeTree(lexicon).Write(codes);
  pugi::xml_node pending = codes.append_child("Code");
  pending.append_attribute("guid") = PendingCodeGuid().c_str();
  pending.append_attribute("name") = kPendingCodeName;
  pending.append_attribute("isCodable") = "true";
  pending.append_child("Description").text() = kPendingCodeDescription;
  return written + 1;
}

std::string CodebookQdc(const Lexicon& lexicon, const std::string& origin) {
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version") = "1.0";
  decl.append_attribute("encoding") = "utf-8";
  pugi::xml_node book = doc.append_child("CodeBook");
  book.append_attribute("xmlns") = kCodebookNamespace;
  if (!origin.empty()) book.append_attribute("origin") = origin.c_str();
  AppendCodes(book, lexicon);
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace returns::refi
