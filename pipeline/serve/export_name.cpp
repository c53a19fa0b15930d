#include "pipeline/serve/export_name.h"

namespace returns::serve {
namespace {

std::string Slug(const std::string& text, size_t max) {
  std::string out;
  for (const char ch : text) {
    const char c = (ch >= 'A' && ch <= 'Z') ? static_cast<char>(ch - 'A' + 'a') : ch;
    const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (keep) out += c;
    else if (!out.empty() && out.back() != '-') out += '-';
  }
  if (out.size() > max) out.resize(max);
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

}  // namespace

std::string ExportFileName(const std::string& what, const std::string& selection, const std::string& extension) {
  std::string name = Slug(what, 20);
  const std::string rest = Slug(selection, 120 - name.size());
  if (!rest.empty()) name += (name.empty() ? "" : "-") + rest;
  if (name.empty()) name = "export";
  const std::string ext = Slug(extension, 10);
  return ext.empty() ? name : name + "." + ext;
}

}  // namespace returns::serve
