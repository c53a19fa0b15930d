#include "corpus/return_id.h"

#include <cctype>

namespace returns {

std::string Slug(std::string_view text) {
  std::string out;
  bool dash = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\'') continue;
    if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
        static_cast<unsigned char>(text[i + 2]) == 0x99) {  // ’
      i += 2;
      continue;
    }
    if (std::isalnum(c)) {
      if (dash && !out.empty()) out += '-';
      out += static_cast<char>(std::tolower(c));
      dash = false;
    } else {
      dash = true;
    }
  }
  return out;
}

std::string MakeReturnId(const Return& r) {
  const std::string& collaborative = r.collaborative_canonical ? *r.collaborative_canonical : r.collaborative;
  std::string lead = "no-lead";
  if (!r.lead_schools_canonical.empty()) lead = Slug(r.lead_schools_canonical.front());
  else if (!r.lead_schools.empty()) lead = Slug(r.lead_schools.front());
  // Built by appending: GCC 12 warns falsely (-Wrestrict) on the operator+ chain.
  std::string id = "q";
  id += std::to_string(r.question);
  id += '/';
  id += Slug(collaborative);
  id += '/';
  id += lead;
  return id;
}

std::string MakeCommentId(const Return& r, const Comment& c) { return r.id + "#" + std::to_string(c.position); }

}  // namespace returns
